package dev.podium.topology.imports;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import dev.podium.topology.generate.FieldChecks;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a Tiresias cluster spec ({@code num_switch,num_node_p_switch,num_gpu_p_node,num_cpu_p_node,
 * mem_p_node}, one data row) as a two-tier CLOS with levels {@code gpu, host, rack, cluster}: each
 * Tiresias switch is a rack (leaf domain) of {@code num_node_p_switch} hosts, and a spine tier joins
 * the racks. Leaf and spine switch counts follow from the switch radix, one NIC per GPU.
 */
public final class TiresiasCsvImporter {

  private static final List<String> COLUMNS =
      List.of("num_switch", "num_node_p_switch", "num_gpu_p_node", "num_cpu_p_node", "mem_p_node");

  private TiresiasCsvImporter() {}

  /**
   * The cluster a Tiresias spec describes.
   *
   * @param switches racks ({@code num_switch})
   * @param nodesPerSwitch hosts per rack ({@code num_node_p_switch})
   * @param gpusPerNode GPUs per host ({@code num_gpu_p_node})
   * @param cpusPerNode CPU cores per host ({@code num_cpu_p_node}); not part of the fabric
   * @param memoryPerNode host memory, in GB as Tiresias uses it ({@code mem_p_node}); not part of the fabric
   */
  public record Cluster(int switches, int nodesPerSwitch, int gpusPerNode, int cpusPerNode, int memoryPerNode) {}

  /**
   * What the file does not say.
   *
   * @param name fabric name; null for the file name without its extension
   * @param accelerator GPU part (default H100: an assumption, the file names none)
   * @param scaleUp per-GPU scale-up link (default nvlink4)
   * @param nic per-GPU NIC link to the leaf (default roce-400g: an assumption)
   * @param uplink leaf-to-spine link (default roce-400g: an assumption)
   * @param switchModel leaf and spine part, whose radix sets the switch counts (default sn5600)
   * @param oversubscription leaf downlink over uplink capacity (default 1)
   */
  public record Options(String name, AcceleratorModel accelerator, LinkModel scaleUp, LinkModel nic, LinkModel uplink,
      SwitchModel switchModel, double oversubscription) {

    /** Checks the ranges and required parts. */
    public Options {
      if (name != null) {
        FieldChecks.name("name", name);
      }
      FieldChecks.required("accelerator", accelerator);
      FieldChecks.required("scaleUp", scaleUp);
      FieldChecks.required("nic", nic);
      FieldChecks.required("uplink", uplink);
      FieldChecks.required("switchModel", switchModel);
      FieldChecks.positive("oversubscription", oversubscription);
    }

    /** The documented defaults. */
    public static Options defaults() {
      return new Options(null, HardwareCatalog.H100, HardwareCatalog.NVLINK4, HardwareCatalog.ROCE_400G,
          HardwareCatalog.ROCE_400G, HardwareCatalog.SN5600, 1.0);
    }
  }

  /** Reads the cluster spec in {@code file}. */
  public static Cluster cluster(Path file) {
    CsvTable table = CsvTable.read(file, COLUMNS);
    if (table.rows().isEmpty()) {
      throw new ImportException(table.source(), 0, null, "no data row: expected one cluster spec after the header");
    }
    if (table.rows().size() > 1) {
      throw new ImportException(table.source(), table.rows().get(1).line(), null,
          "expected one data row (one cluster spec), found another");
    }
    CsvTable.Row row = table.rows().get(0);
    return new Cluster(table.number(row, "num_switch", 1), table.number(row, "num_node_p_switch", 1),
        table.number(row, "num_gpu_p_node", 1), table.number(row, "num_cpu_p_node", 0),
        table.number(row, "mem_p_node", 0));
  }

  /** The CLOS parameters for {@code file}. */
  public static ClosSpec closSpec(Path file, Options options) {
    Cluster cluster = cluster(file);
    if ((long) cluster.switches() * cluster.nodesPerSwitch() * cluster.gpusPerNode() > Integer.MAX_VALUE) {
      throw new ImportException(file.toString(), 0, null, "more than " + Integer.MAX_VALUE + " GPUs");
    }
    return new ClosSpec(options.name() != null ? options.name() : LingjunCsvImporter.stem(file),
        options.accelerator(), cluster.gpusPerNode(), options.scaleUp(), options.nic(), false, List.of(
            new ClosTier("rack", "leaf", cluster.nodesPerSwitch(), 0, options.oversubscription(),
                options.switchModel(), options.uplink()),
            new ClosTier("cluster", "spine", cluster.switches(), 0, 1.0, options.switchModel(), null)), 0);
  }

  /** Reads {@code file} with the default options and builds its fabric. */
  public static Fabric read(Path file) {
    return read(file, Options.defaults());
  }

  /** Reads {@code file} and builds its fabric. */
  public static Fabric read(Path file, Options options) {
    ClosSpec spec = closSpec(file, options);
    try {
      return ClosGenerator.build(spec);
    } catch (IllegalArgumentException e) {
      throw new ImportException(file.toString(), 0, null, e.getMessage(), e);
    }
  }
}
