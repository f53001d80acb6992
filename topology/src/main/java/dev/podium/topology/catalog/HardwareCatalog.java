package dev.podium.topology.catalog;

import static dev.podium.topology.catalog.Precision.BF16;
import static dev.podium.topology.catalog.Precision.FP4;
import static dev.podium.topology.catalog.Precision.FP8;
import static dev.podium.topology.catalog.Precision.INT8;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in parts with the figures of {@code shared/reference/hardware.md}. Source tags: [P]
 * primary, [S] secondary, [D] derived (arithmetic in the text), "unconfirmed" where no source
 * confirms a value: such values are defaults a spec file can override.
 */
public final class HardwareCatalog {

  private static final double T = 1e12;
  private static final long GB = 1_000_000_000L;
  private static final long GIB = 1L << 30;

  public static final AcceleratorModel H100 =
      new AcceleratorModel("H100", "NVIDIA H100 SXM5 80 GB",
          Map.of(BF16, 989 * T, FP8, 1979 * T, INT8, 1979 * T), 80 * GB, 3.35 * T, 700,
          "hardware.md §3.1: [S] H100 spec pages (dense); DGX H100 figures [P] SPOD-RA");
  public static final AcceleratorModel H200 =
      new AcceleratorModel("H200", "NVIDIA H200 SXM 141 GB",
          Map.of(BF16, 989 * T, FP8, 1979 * T, INT8, 1979 * T), 141 * GB, 4.8 * T, 700,
          "hardware.md §3.1: [S] multiple spec pages");
  public static final AcceleratorModel B200 =
      new AcceleratorModel("B200", "NVIDIA B200 (HGX, 1,000 W), 180 GB usable",
          Map.of(BF16, 2250 * T, FP8, 4500 * T, FP4, 9000 * T), 180 * GB, 8 * T, 1000,
          "hardware.md §3.1: [S] Lockwood; DGX B200 [S]");
  public static final AcceleratorModel GB200 =
      new AcceleratorModel("GB200", "NVIDIA B200 in GB200 (1,200 W), 186 GB HBM3e",
          Map.of(BF16, 2500 * T, FP8, 5000 * T, FP4, 10000 * T), 186 * GB, 8 * T, 1200,
          "hardware.md §3.1: [S] Lockwood; HBM [P] MLPerf inference v6.1 system JSON");
  public static final AcceleratorModel TPU_V4 =
      new AcceleratorModel("TPU-v4", "Google Cloud TPU v4",
          Map.of(BF16, 275 * T, INT8, 275 * T), 32 * GIB, 1.2 * T, 192,
          "hardware.md §3.2: [P] GCP-TPU v4 (TDP = max 192 W)");
  public static final AcceleratorModel TPU_V5E =
      new AcceleratorModel("TPU-v5e", "Google Cloud TPU v5e",
          Map.of(BF16, 197 * T, INT8, 393 * T), 16 * GB, 0.819 * T, 0,
          "hardware.md §3.2: [P] GCP-TPU v5e (no TDP published)");
  public static final AcceleratorModel TPU_V5P =
      new AcceleratorModel("TPU-v5p", "Google Cloud TPU v5p, 95 GiB usable",
          Map.of(BF16, 459 * T, FP8, 459 * T), 95 * GIB, 2.765 * T, 0,
          "hardware.md §3.2: [P] GCP-TPU v5p (no TDP published)");
  public static final AcceleratorModel TPU_V6E =
      new AcceleratorModel("TPU-v6e", "Google Cloud TPU v6e (Trillium)",
          Map.of(BF16, 918 * T, FP8, 918 * T), 32 * GB, 1.638 * T, 0,
          "hardware.md §3.2: [P] GCP-TPU v6e; FP8 from the TPU7x comparison table");
  public static final AcceleratorModel TPU_7X =
      new AcceleratorModel("TPU7x", "Google TPU7x (Ironwood)",
          Map.of(BF16, 2307 * T, FP8, 4614 * T), 192 * GB, 7.37 * T, 0,
          "hardware.md §3.2-3.3: [P] GCP-TPU tpu7x; HBM bandwidth [S] IRONWOOD-BLOG. GCP states"
              + " 192 GiB; the pod's published 1.77 PB of HBM is 9,216 x 192 GB (decimal) [D], so"
              + " the catalog keeps 192 GB to match the pod figure");

  // Links: rates per direction. NVLink and ICI entries are the per-chip aggregate or per-link share
  // as stated; latency is per hop through one switch ASIC or chip, and is a default.
  public static final LinkModel NVLINK4 =
      new LinkModel("nvlink4", "NVLink 4 via NVSwitch, per GPU (900 GB/s bidirectional)", 3600, 0.3e-6,
          "hardware.md §3.1 [S]; hop latency 100-300 ns per switch ASIC [S] WWT, unconfirmed for NVSwitch");
  public static final LinkModel NVLINK5 =
      new LinkModel("nvlink5", "NVLink 5 via NVLink switch trays, per GPU (1.8 TB/s bidirectional)", 7200,
          0.3e-6, "hardware.md §3.1 [S]; hop latency unconfirmed");
  public static final LinkModel IB_NDR =
      new LinkModel("ib-ndr", "InfiniBand NDR 400 Gb/s", 400, 0.4e-6,
          "hardware.md §5: [P] SPOD-RA; ~0.8 us one-way over two hops [S] ib_send_lat");
  public static final LinkModel IB_XDR =
      new LinkModel("ib-xdr", "InfiniBand XDR 800 Gb/s", 800, 0.4e-6, "hardware.md §5 [S]");
  public static final LinkModel ROCE_400G =
      new LinkModel("roce-400g", "RoCEv2 over 400 GbE", 400, 1.0e-6,
          "hardware.md §1.1 [P] L3 (400 Gb/s per GPU); per-hop latency unconfirmed (L3: tens of us end"
              + " to end at 24K scale, including queueing)");
  public static final LinkModel ROCE_800G =
      new LinkModel("roce-800g", "RoCEv2 over 800 GbE", 800, 1.0e-6, "line rate; latency unconfirmed");
  public static final LinkModel ICI_V4 =
      new LinkModel("ici-v4", "TPU v4 ICI link", 400, 0.5e-6,
          "unconfirmed: 6 links per chip [S]; 50 GB/s per direction is consistent with the published"
              + " 24 TB/s bisection of a 16x16x16 torus (512 links) [D]");
  public static final LinkModel ICI_V5E =
      new LinkModel("ici-v5e", "TPU v5e ICI link", 400, 0.5e-6,
          "[D] 400 GB/s bidirectional per chip over 4 ports [P] GCP-TPU v5e");
  public static final LinkModel ICI_V5P =
      new LinkModel("ici-v5p", "TPU v5p ICI link", 800, 0.5e-6,
          "[D] 1,200 GB/s bidirectional per chip over 6 links [P] GCP-TPU v5p");
  public static final LinkModel ICI_V6E =
      new LinkModel("ici-v6e", "TPU v6e ICI link", 800, 0.5e-6,
          "[D] 800 GB/s bidirectional per chip over 4 ports [P] GCP-TPU v6e");
  public static final LinkModel ICI_7X =
      new LinkModel("ici-7x", "TPU7x (Ironwood) ICI link", 800, 0.5e-6,
          "[D] 1.2 TB/s bidirectional per chip [S] IRONWOOD-BLOG over 6 torus links");
  public static final LinkModel PCIE_GEN4_X16 =
      new LinkModel("pcie-gen4-x16", "PCIe Gen4 x16 (host to chip)", 256, 1.0e-6,
          "PCIe Gen4 line rate 16 GT/s x 16 lanes; not in hardware.md");
  public static final LinkModel PCIE_GEN5_X16 =
      new LinkModel("pcie-gen5-x16", "PCIe Gen5 x16 (host to chip)", 512, 1.0e-6,
          "PCIe Gen5 line rate 32 GT/s x 16 lanes; not in hardware.md");

  public static final SwitchModel QM9700 =
      new SwitchModel("qm9700", "NVIDIA Quantum-2 QM9700 NDR switch", 64, 400,
          "hardware.md §4: [P] user manual + [D] cable counts (32 OSFP cages x 2 ports)");
  public static final SwitchModel MINIPACK2 =
      new SwitchModel("minipack2", "Meta Minipack2 rack training switch (RTSW)", 32, 400,
          "hardware.md §1.2: [P] L3 names the ToR; 16 down + 16 up x 400G is a reconstruction,"
              + " unconfirmed");
  public static final SwitchModel ARISTA_7800R3 =
      new SwitchModel("arista-7800r3", "Arista 7800R3 modular (CTSW)", 576, 400,
          "hardware.md §1.2: [S] ROCE-BLOG (7800 family, up to 576 x 400G)");
  public static final SwitchModel ATSW =
      new SwitchModel("atsw", "Meta aggregator training switch (ATSW)", 128, 400,
          "hardware.md §1.2: ~28 x 128 ports is a reconstruction, unconfirmed");
  public static final SwitchModel IB_NDR_DIRECTOR =
      new SwitchModel("ib-ndr-director", "NDR InfiniBand director-class switch (stands in for an unpublished layout)",
          576, 400, "unconfirmed: Meta's InfiniBand cluster layout is not published; a modular director"
              + " with the radix the RoCE cluster's CTSW/ATSW counts need");
  public static final SwitchModel SN5600 =
      new SwitchModel("sn5600", "NVIDIA Spectrum-4 SN5600, 51.2 Tb/s (128 x 400G)", 128, 400,
          "vendor datasheet class figure (64 x 800G = 128 x 400G); not in hardware.md");
  public static final SwitchModel PALOMAR_OCS =
      new SwitchModel("palomar-ocs", "Google Palomar optical circuit switch", 136, 800,
          "hardware.md §3.2: [S] TPU v4 paper (136 ports, 128 used); port rate follows the ICI link");

  public static final NvmeModel GEN4_NVME_3_84TB =
      new NvmeModel("gen4-nvme-3.84tb", "PCIe Gen4 U.2 NVMe, 3.84 TB", 3_840_000_000_000L, 7e9, 4e9,
          "unconfirmed: typical Gen4 datasheet figures; hardware.md gives drive counts only (§1.5, §8)");

  private static final Map<String, AcceleratorModel> ACCELERATORS =
      index(List.of(H100, H200, B200, GB200, TPU_V4, TPU_V5E, TPU_V5P, TPU_V6E, TPU_7X),
          AcceleratorModel::name);
  private static final Map<String, LinkModel> LINKS =
      index(List.of(NVLINK4, NVLINK5, IB_NDR, IB_XDR, ROCE_400G, ROCE_800G, ICI_V4, ICI_V5E, ICI_V5P,
          ICI_V6E, ICI_7X, PCIE_GEN4_X16, PCIE_GEN5_X16), LinkModel::name);
  private static final Map<String, SwitchModel> SWITCHES =
      index(List.of(QM9700, MINIPACK2, ARISTA_7800R3, ATSW, IB_NDR_DIRECTOR, SN5600, PALOMAR_OCS), SwitchModel::name);
  private static final Map<String, NvmeModel> NVME =
      index(List.of(GEN4_NVME_3_84TB), NvmeModel::name);

  private HardwareCatalog() {}

  /** The accelerator with this catalog key (case-insensitive). */
  public static AcceleratorModel accelerator(String name) {
    return lookup(ACCELERATORS, name, "accelerator");
  }

  /** The link with this catalog key (case-insensitive). */
  public static LinkModel link(String name) {
    return lookup(LINKS, name, "link");
  }

  /** The switch with this catalog key (case-insensitive). */
  public static SwitchModel switchModel(String name) {
    return lookup(SWITCHES, name, "switch");
  }

  /** The NVMe drive with this catalog key (case-insensitive). */
  public static NvmeModel nvme(String name) {
    return lookup(NVME, name, "NVMe drive");
  }

  public static Collection<AcceleratorModel> accelerators() {
    return ACCELERATORS.values();
  }

  public static Collection<LinkModel> links() {
    return LINKS.values();
  }

  public static Collection<SwitchModel> switches() {
    return SWITCHES.values();
  }

  public static Collection<NvmeModel> nvmeDrives() {
    return NVME.values();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.toMap(i -> key.apply(i).toLowerCase(java.util.Locale.ROOT), i -> i,
            (a, b) -> {
              throw new IllegalStateException("duplicate catalog key " + key.apply(a));
            }, LinkedHashMap::new));
  }

  private static <T> T lookup(Map<String, T> map, String name, String what) {
    T found = map.get(name.toLowerCase(java.util.Locale.ROOT));
    if (found == null) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + name + "'; known: " + String.join(", ", keys(map)));
    }
    return found;
  }

  private static <T> List<String> keys(Map<String, T> map) {
    return List.copyOf(map.keySet());
  }
}
