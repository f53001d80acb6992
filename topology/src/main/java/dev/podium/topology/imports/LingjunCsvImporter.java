package dev.podium.topology.imports;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the Alibaba Lingjun host-to-switch CSV ({@code ip,DSW,PSW,ASW}) as a {@link TreeSpec}
 * with levels {@code gpu, host, tor, pod, cluster}: a ToR is the pair (PSW, ASW), named {@code
 * PSW-ASW}; a pod is a PSW; the cluster is the one DSW. Hosts are ordered by PSW, then ASW, then
 * file order (labels compared with their numbers by value: P8 before P10), so the same file always
 * gives the same fabric. The file holds no GPU count, part or
 * capacity; those come from {@link Options}.
 */
public final class LingjunCsvImporter {

  private static final List<String> COLUMNS = List.of("ip", "DSW", "PSW", "ASW");
  private static final Pattern HOST_FIELD = Pattern.compile("hosts\\[(\\d+)]");

  private LingjunCsvImporter() {}

  /**
   * What the file does not say.
   *
   * @param name fabric name; null for the file name without its extension
   * @param gpusPerHost GPUs per host (default 8, as in the Crux paper's hosts)
   * @param accelerator GPU part (default H100: an assumption, the file names none)
   * @param scaleUp per-GPU scale-up link (default nvlink4, the H100's)
   * @param nic per-GPU NIC link to the ToR (default roce-400g: an assumption)
   * @param uplink ToR-to-PSW and PSW-to-DSW link type (default roce-400g: an assumption)
   * @param switchModel part of the logical switches; null (the default) when unknown
   * @param torOversubscription ToR downlink over uplink capacity (default 1: the file has none)
   * @param podOversubscription PSW downlink over uplink capacity (default 1: the file has none)
   */
  public record Options(String name, int gpusPerHost, AcceleratorModel accelerator, LinkModel scaleUp, LinkModel nic,
      LinkModel uplink, SwitchModel switchModel, double torOversubscription, double podOversubscription) {

    /** Checks the ranges and required parts. */
    public Options {
      if (name != null) {
        FieldChecks.name("name", name);
      }
      FieldChecks.atLeast("gpusPerHost", gpusPerHost, 1);
      FieldChecks.required("accelerator", accelerator);
      FieldChecks.required("scaleUp", scaleUp);
      FieldChecks.required("nic", nic);
      FieldChecks.required("uplink", uplink);
      FieldChecks.positive("torOversubscription", torOversubscription);
      FieldChecks.positive("podOversubscription", podOversubscription);
    }

    /** The documented defaults. */
    public static Options defaults() {
      return new Options(null, 8, HardwareCatalog.H100, HardwareCatalog.NVLINK4, HardwareCatalog.ROCE_400G,
          HardwareCatalog.ROCE_400G, null, 1.0, 1.0);
    }
  }

  /** Reads {@code file} with the default options and builds its fabric. */
  public static Fabric read(Path file) {
    return read(file, Options.defaults());
  }

  /** Reads {@code file} and builds its fabric. */
  public static Fabric read(Path file, Options options) {
    return TreeGenerator.build(treeSpec(file, options));
  }

  /** Reads {@code file} into the tree it describes. */
  public static TreeSpec treeSpec(Path file, Options options) {
    CsvTable table = CsvTable.read(file, COLUMNS);
    if (table.rows().isEmpty()) {
      throw new ImportException(table.source(), 0, null, "no host rows");
    }
    List<Host> hosts = new ArrayList<>();
    Map<String, Integer> firstLineOfIp = new HashMap<>();
    String dsw = null;
    int dswLine = 0;
    for (CsvTable.Row row : table.rows()) {
      Host host = new Host(table.text(row, "ip"), table.text(row, "PSW"), table.text(row, "ASW"), row.line());
      String rowDsw = table.text(row, "DSW");
      if (dsw == null) {
        dsw = rowDsw;
        dswLine = row.line();
      } else if (!dsw.equals(rowDsw)) {
        throw table.error(row, "DSW", "a second DSW '" + rowDsw + "' (line " + dswLine + " has '" + dsw
            + "'); the importer builds one fabric under one DSW");
      }
      Integer first = firstLineOfIp.putIfAbsent(host.ip(), row.line());
      if (first != null) {
        throw table.error(row, "ip", "duplicate host '" + host.ip() + "', first on line " + first);
      }
      hosts.add(host);
    }
    hosts.sort(Comparator.comparing(Host::psw, NaturalOrder.INSTANCE).thenComparing(Host::asw, NaturalOrder.INSTANCE));

    List<TreeDomain> domains = new ArrayList<>();
    domains.add(new TreeDomain(dsw, "cluster", null));
    Set<String> pods = new LinkedHashSet<>();
    Set<String> tors = new LinkedHashSet<>();
    for (Host host : hosts) {
      if (pods.add(host.psw())) {
        domains.add(new TreeDomain(host.psw(), "pod", dsw));
      }
    }
    for (Host host : hosts) {
      if (tors.add(host.tor())) {
        domains.add(new TreeDomain(host.tor(), "tor", host.psw()));
      }
    }
    List<TreeHost> treeHosts = hosts.stream().map(h -> new TreeHost(h.ip(), h.tor(), options.gpusPerHost())).toList();
    List<TreeTier> tiers = List.of(
        new TreeTier("tor", options.switchModel(), options.uplink(), options.torOversubscription()),
        new TreeTier("pod", options.switchModel(), options.uplink(), options.podOversubscription()),
        new TreeTier("cluster", options.switchModel(), null, 1.0));
    String name = options.name() != null ? options.name() : stem(file);
    try {
      return new TreeSpec(name, options.accelerator(), "gpu", "host", options.scaleUp(), options.nic(), tiers,
          domains, treeHosts);
    } catch (FieldException e) {
      Matcher host = HOST_FIELD.matcher(e.field());
      int line = host.lookingAt() ? hosts.get(Integer.parseInt(host.group(1))).line() : 0;
      throw new ImportException(table.source(), line, null, e.getMessage(), e);
    }
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private record Host(String ip, String psw, String asw, int line) {
    String tor() {
      return psw + "-" + asw;
    }
  }
}
