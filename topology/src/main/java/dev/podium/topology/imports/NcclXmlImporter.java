package dev.podium.topology.imports;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports an NCCL topology dump of one host: {@link #parse} gives the {@link NcclHost}; {@link
 * #template} the host as a CLOS generator repeats it (GPU count, per-GPU scale-up link); {@link
 * #read} a one-host fabric with levels {@code gpu, host, network}, whose GPUs reach one logical
 * {@code network} switch through the host's NICs.
 *
 * <p>The per-GPU scale-up rate is the GPU's NVLinks to GPUs and NVSwitches (the fewest of any GPU)
 * times the per-link rate of its {@link NvlinkGeneration}, chosen by compute capability; a host
 * without NVLink uses its GPUs' PCIe line rate. The dump does not name the GPU part, and
 * hardware.md has no chip figures for A100 (sm 80), so the accelerator is an option (default H100);
 * FLOP/s and HBM totals then are that part's, while the structure and NVLink rates come from the dump.
 */
public final class NcclXmlImporter {

  private static final String NETWORK = "network";

  private NcclXmlImporter() {}

  /**
   * What the dump does not say.
   *
   * @param name fabric (and host) name; null for the file name without its extension
   * @param accelerator GPU part (default H100, see the class comment)
   * @param nic link type of each NIC; null (the default) takes the dump's port speeds, or ib-ndr for
   *     InfiniBand (class 0x0207) and roce-400g otherwise where the dump has none
   * @param nvlinkGbpsPerLink line rate of one NVLink per direction; null (the default) takes it from
   *     the compute capability
   * @param switchModel part of the logical network switch; null (the default) when unknown
   */
  public record Options(String name, AcceleratorModel accelerator, LinkModel nic, Double nvlinkGbpsPerLink,
      SwitchModel switchModel) {

    /** Checks the ranges and required parts. */
    public Options {
      if (name != null) {
        FieldChecks.name("name", name);
      }
      FieldChecks.required("accelerator", accelerator);
      if (nvlinkGbpsPerLink != null) {
        FieldChecks.positive("nvlinkGbpsPerLink", nvlinkGbpsPerLink);
      }
    }

    /** The documented defaults. */
    public static Options defaults() {
      return new Options(null, HardwareCatalog.H100, null, null, null);
    }
  }

  /** Parses the dump in {@code file}. */
  public static NcclHost parse(Path file) {
    return NcclXmlParser.parse(file);
  }

  /** The host as the CLOS generator repeats it. */
  public static HostTemplate template(NcclHost host, Options options) {
    double nicGbps = host.nics().stream().mapToLong(NcclHost.Nic::speedMbps).sum() / 1000.0;
    return new HostTemplate(host.gpus().size(), scaleUp(host, options), host.nics().size(), nicGbps);
  }

  /** Reads {@code file} with the default options and builds its one-host fabric. */
  public static Fabric read(Path file) {
    return read(file, Options.defaults());
  }

  /** Reads {@code file} and builds its one-host fabric. */
  public static Fabric read(Path file, Options options) {
    return TreeGenerator.build(treeSpec(parse(file), options, LingjunCsvImporter.stem(file)));
  }

  /** The one-host tree: the host under one logical {@code network} switch, reached through its NICs. */
  static TreeSpec treeSpec(NcclHost host, Options options, String defaultName) {
    String name = options.name() != null ? options.name() : defaultName;
    String hostName = name.equals(NETWORK) ? name + "-host" : name;
    return new TreeSpec(name, options.accelerator(), "gpu", "host", scaleUp(host, options), nicShare(host, options),
        List.of(new TreeTier(NETWORK, options.switchModel(), null, 1.0)),
        List.of(new TreeDomain(NETWORK, NETWORK, null)),
        List.of(new TreeHost(hostName, NETWORK, host.gpus().size())));
  }

  private static LinkModel scaleUp(NcclHost host, Options options) {
    int links = host.nvlinksPerGpu();
    if (links == 0) {
      double gbps = host.gpus().stream().mapToDouble(g -> g.pcieGtPerSecond() * g.pcieLanes()).min().orElse(0);
      if (!(gbps > 0)) {
        throw new ImportException(host.source(), 0, null, "the GPUs have neither NVLinks nor a PCIe link_speed"
            + " and link_width: no scale-up rate");
      }
      return new LinkModel("pcie", "PCIe from the NCCL dump, per GPU", gbps, HardwareCatalog.PCIE_GEN4_X16
          .latencySeconds(), "line rate GT/s x lanes from the dump, as the catalog's PCIe entries");
    }
    if (options.nvlinkGbpsPerLink() != null) {
      return new LinkModel("nvlink", "NVLink, " + links + " links per GPU from the NCCL dump",
          links * options.nvlinkGbpsPerLink(), HardwareCatalog.NVLINK4.latencySeconds(), "per-link rate set by option");
    }
    NvlinkGeneration generation = NvlinkGeneration.ofSm(host.sm()).orElseThrow(() -> new ImportException(
        host.source(), 0, null, "no NVLink rate is known for sm " + host.sm() + "; pass the option nvlinkGbpsPerLink"));
    return new LinkModel(generation.key(), "NVLink " + generation.name().substring(6) + ", " + links
        + " links per GPU from the NCCL dump", links * generation.gbpsPerLink(),
        HardwareCatalog.NVLINK4.latencySeconds(), generation.source() + "; hop latency as nvlink4 (unconfirmed)");
  }

  private static LinkModel nicShare(NcclHost host, Options options) {
    if (host.nics().isEmpty()) {
      throw new ImportException(host.source(), 0, null, "no NIC (PCI class 0x02...) in the dump: a one-host fabric"
          + " needs one to reach the network; use the host template for a CLOS instead");
    }
    double total = 0;
    LinkModel base = options.nic();
    for (NcclHost.Nic nic : host.nics()) {
      LinkModel type = options.nic() != null ? options.nic()
          : "0x020700".equals(nic.pciClass()) ? HardwareCatalog.IB_NDR : HardwareCatalog.ROCE_400G;
      base = base == null ? type : base;
      total += options.nic() == null && nic.speedMbps() > 0 ? nic.speedMbps() / 1000.0 : type.gbpsPerDirection();
    }
    double share = total / host.gpus().size();
    return share == base.gbpsPerDirection() ? base : base.withGbps(share);
  }
}
