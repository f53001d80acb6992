package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.ARISTA_7800R3;
import static dev.podium.topology.catalog.HardwareCatalog.ATSW;
import static dev.podium.topology.catalog.HardwareCatalog.GB200;
import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR_DIRECTOR;
import static dev.podium.topology.catalog.HardwareCatalog.MINIPACK2;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK5;
import static dev.podium.topology.catalog.HardwareCatalog.QM9700;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;
import static dev.podium.topology.catalog.HardwareCatalog.SN5600;

import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in fabrics, by stable name. Families with a size in the name
 * ({@code dgx-superpod-h100-<n>su}, {@code gb200-nvl72-<racks>}) accept any valid size; {@link
 * #all()} lists their common sizes.
 */
public final class Presets {

  private static final Pattern SUPERPOD = Pattern.compile("dgx-superpod-h100-(\\d+)su");
  private static final Pattern NVL72 = Pattern.compile("gb200-nvl72-(\\d+)");
  private static final Map<String, Preset> FIXED = new LinkedHashMap<>();

  static {
    add(new Preset("meta-24k-roce",
        "Meta 24K-GPU RoCE cluster: 24,576 H100, 2 hosts per RTSW, 192 racks per full-bisection pod,"
            + " 8 pods at 1:7 via ATSW (Llama 3 paper, SIGCOMM'24)",
        () -> ClosGenerator.build(meta24k("meta-24k-roce", ROCE_400G, MINIPACK2, 1, ARISTA_7800R3, 16, ATSW, 28))));
    add(new Preset("meta-24k-ib",
        "Meta 24K-GPU InfiniBand cluster: the RoCE cluster's shape and switch counts on NDR InfiniBand"
            + " (QM9700 rack switches; the IB spine layout is not published)",
        () -> ClosGenerator.build(meta24k("meta-24k-ib", IB_NDR, QM9700, 1, IB_NDR_DIRECTOR, 16, IB_NDR_DIRECTOR, 28))));
    add(new Preset("tpu-v4-pod", "Google TPU v4 pod: 4,096 chips in 64 4x4x4 cubes joined by 48 OCSes",
        () -> TorusPodGenerator.build(TorusPodSpec.tpuV4())));
    add(new Preset("tpu-v5p-pod", "Google TPU v5p pod: 8,960 chips in 140 4x4x4 cubes joined by OCSes",
        () -> TorusPodGenerator.build(TorusPodSpec.tpuV5p())));
    add(new Preset("ironwood-pod",
        "Google TPU7x (Ironwood) pod: 9,216 chips in 144 4x4x4 cubes joined by OCSes, 42.5 EFLOP/s FP8",
        () -> TorusPodGenerator.build(TorusPodSpec.ironwood())));
    add(new Preset("clos-131k",
        "Generic 3-tier fat tree: 131,072 H100 on 128-port 400G switches, 64 per leaf, 4,096 per pod,"
            + " 32 pods, full bisection",
        () -> ClosGenerator.build(clos131k())));
  }

  private Presets() {}

  /** Every fixed preset and the common sizes of the sized families, in display order. */
  public static List<Preset> all() {
    List<Preset> all = new ArrayList<>(FIXED.values());
    for (int su : new int[] {1, 2, 3, 4, 8, 16, 32, 64}) {
      all.add(find("dgx-superpod-h100-" + su + "su"));
    }
    for (int racks : new int[] {8, 64}) {
      all.add(find("gb200-nvl72-" + racks));
    }
    return all;
  }

  /** The preset with this name; throws with the known names when there is none. */
  public static Preset find(String name) {
    Preset fixed = FIXED.get(name);
    if (fixed != null) {
      return fixed;
    }
    Matcher superpod = SUPERPOD.matcher(name);
    if (superpod.matches()) {
      int su = parseSize(name, superpod.group(1));
      ClosSpec spec = superpod(name, su);
      return new Preset(name, String.format(
          "NVIDIA DGX SuperPOD (H100), %d scalable unit%s: %,d nodes, rail-optimized NDR fat tree (RA-11333-001)",
          su, su == 1 ? "" : "s", spec.hostSlots() - spec.emptyHostSlots()), () -> ClosGenerator.build(spec));
    }
    Matcher nvl72 = NVL72.matcher(name);
    if (nvl72.matches()) {
      int racks = parseSize(name, nvl72.group(1));
      ClosSpec spec = gb200(name, racks);
      return new Preset(name, String.format(
          "NVIDIA GB200 NVL72, %d rack%s: %,d GPUs in 72-GPU NVLink domains, rail-optimized NDR scale-out",
          racks, racks == 1 ? "" : "s", racks * 72), () -> ClosGenerator.build(spec));
    }
    throw new IllegalArgumentException("unknown preset '" + name + "'; known: " + String.join(", ",
        all().stream().map(Preset::name).toList()) + " (and any dgx-superpod-h100-<n>su, gb200-nvl72-<racks>)");
  }

  /**
   * Meta's 24K cluster: 2 hosts of 8 H100 per rack switch, 192 racks per pod at full bisection, 8 pods
   * joined 1:7. A switch count of 0 derives it from the part's radix.
   */
  static ClosSpec meta24k(String name, LinkModel link, SwitchModel rack, int rackSwitches, SwitchModel pod,
      int podSwitches, SwitchModel aggregation, int aggregationSwitches) {
    return new ClosSpec(name, H100, 8, NVLINK4, link, false, List.of(
        new ClosTier("rack", "rtsw", 2, rackSwitches == 0 ? 1 : rackSwitches, 1.0, rack, link),
        new ClosTier("pod", "ctsw", 192, podSwitches, 7.0, pod, link),
        new ClosTier("cluster", "atsw", 8, aggregationSwitches, 1.0, aggregation, null)), 0);
  }

  /**
   * DGX SuperPOD H100: SUs of 32 node slots with 8 rail leaves (QM9700) each. Up to 8 SUs, a spine
   * tier of the next power of two of 4 per SU (4, 8, 16, 16 for 1-4 SUs as in Table 4); from 16 SUs,
   * groups of 8 SUs with their own spines and a core tier (Table 3). Up to 7 SUs one node slot holds
   * the UFM (31, 63, 95, 127 nodes); the larger designs of Table 3 list full SUs.
   */
  static ClosSpec superpod(String name, int su) {
    if (su < 1 || (su > 8 && (su % 8 != 0 || su > 64))) {
      throw new IllegalArgumentException(
          name + ": a DGX SuperPOD has 1 to 8 scalable units, or a multiple of 8 up to 64, not " + su);
    }
    ClosTier units = new ClosTier("su", "leaf", 32, 8, 1.0, QM9700, IB_NDR);
    List<ClosTier> tiers = su <= 8
        ? List.of(units, new ClosTier("cluster", "spine", su, Integer.highestOneBit(4 * su - 1) << 1, 1.0, QM9700, null))
        : List.of(units, new ClosTier("group", "spine", 8, 0, 1.0, QM9700, IB_NDR),
            new ClosTier("cluster", "core", su / 8, 0, 1.0, QM9700, null));
    return new ClosSpec(name, H100, 8, NVLINK4, IB_NDR, true, tiers, su < 8 ? 1 : 0);
  }

  /**
   * GB200 NVL72: 72-GPU NVLink domains as the host unit; scale-out one 400G NIC per GPU,
   * rail-optimized over 18 QM9700 leaves per SU of up to 8 racks, spines above. The SU size and NIC
   * choice are assumptions (not in hardware.md); they are parameters of a spec file.
   */
  static ClosSpec gb200(String name, int racks) {
    if (racks < 1 || (racks > 8 && racks % 8 != 0)) {
      throw new IllegalArgumentException(name + ": 1 to 8 racks, or a multiple of 8, not " + racks);
    }
    int perSu = Math.min(racks, 8);
    return new ClosSpec(name, GB200, 72, NVLINK5, IB_NDR, true, List.of(
        new ClosTier("su", "leaf", perSu, 18, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", racks / perSu, 0, 1.0, QM9700, null)), 0);
  }

  /** The 131,072-GPU generic fat tree used for scale tests and benchmarks. */
  static ClosSpec clos131k() {
    return new ClosSpec("clos-131k", H100, 8, NVLINK4, ROCE_400G, false, List.of(
        new ClosTier("rack", "leaf", 8, 1, 1.0, SN5600, ROCE_400G),
        new ClosTier("pod", "agg", 64, 0, 1.0, SN5600, ROCE_400G),
        new ClosTier("cluster", "spine", 32, 0, 1.0, SN5600, null)), 0);
  }

  private static void add(Preset preset) {
    FIXED.put(preset.name(), preset);
  }

  private static int parseSize(String name, String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": size " + digits + " is out of range", e);
    }
  }
}
