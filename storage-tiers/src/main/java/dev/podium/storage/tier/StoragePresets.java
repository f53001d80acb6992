package dev.podium.storage.tier;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Storage systems with published figures ({@code shared/reference/hardware.md} §1.5, §4, §8). Every
 * figure names its source; figures no source gives (burst duration, latencies, the warm capacity of
 * a SuperPOD, the whole cold tier) are marked as placeholders and can be replaced in a storage spec.
 */
public final class StoragePresets {

  /** Hosts in one DGX SuperPOD scalable unit (32 slots; one goes to UFM in a full SU). */
  public static final int HOSTS_PER_SCALABLE_UNIT = 32;

  private static final double GB = 1e9;
  private static final double TB = 1e12;
  private static final long PB = 1_000_000_000_000_000L;

  private static final String COLD_SOURCE = "placeholder: no published numbers for a cold tier (hardware.md §1.5,"
      + " §7 item 4, §8); 10x the warm capacity at 1/10 of its sustained rates and 10 ms latency; set it in a"
      + " storage spec";

  private static final Map<String, Entry> PRESETS = new LinkedHashMap<>();

  static {
    add(new StoragePreset("meta-tectonic", "Meta Llama 3 storage: Tectonic flash service, 240 PB, 2 TB/s sustained,"
        + " 7 TB/s peak (L3 §3.3.1 [P]); 8 NVMe per host behind 2 x 400G frontend NICs"),
        StoragePresets::metaTectonic);
    for (SuperPodClass c : SuperPodClass.values()) {
      add(new StoragePreset("dgx-superpod-" + c.key, "NVIDIA DGX SuperPOD storage guideline, '" + c.key + "' class"
          + " (SPOD-RA Table 6 [P]): per node read " + c.nodeRead + " / write " + c.nodeWrite + " GB/s; 4-SU aggregate"
          + " read " + c.read4 + " / write " + c.write4 + " GB/s"), hosts -> superPod(c, hosts));
    }
  }

  private StoragePresets() {}

  /** Every preset in display order. */
  public static List<StoragePreset> all() {
    return PRESETS.values().stream().map(Entry::preset).toList();
  }

  /** The preset names in display order. */
  public static List<String> names() {
    return List.copyOf(PRESETS.keySet());
  }

  /** The preset with this name; throws naming the known ones. */
  public static StoragePreset find(String name) {
    return entry(name).preset();
  }

  /** Preset {@code name} sized for {@code hosts} hosts. */
  public static StorageSystem build(String name, int hosts) {
    if (hosts < 1) {
      throw new IllegalArgumentException("storage preset " + name + ": hosts must be >= 1, was " + hosts);
    }
    return entry(name).factory().apply(hosts);
  }

  /** Preset {@code name} sized for the hosts of {@code fabric}. */
  public static StorageSystem build(String name, Fabric fabric) {
    return build(name, fabric.hostCount());
  }

  /** The placeholder cold tier this class puts behind {@code warm}: no published figures exist. */
  public static Tier placeholderCold(Tier warm) {
    long capacity = warm.capacityBytes() > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : warm.capacityBytes() * 10;
    return new Tier("cold", TierKind.COLD, capacity, warm.readBytesPerSecond() / 10, warm.writeBytesPerSecond() / 10,
        Burst.NONE, 10e-3, COLD_SOURCE);
  }

  private static StorageSystem metaTectonic(int hosts) {
    Tier warm = new Tier("tectonic", TierKind.WARM, 240 * PB, 2 * TB, 2 * TB, new Burst(7 * TB, 1.0), 1e-3,
        "hardware.md §1.5: 240 PB on 7,500 SSD servers, 2 TB/s sustained, 7 TB/s peak [P] L3 §3.3.1. The split"
            + " between reads and writes is not published: both directions are 2 TB/s sustained and 7 TB/s peak,"
            + " time-shared. Burst duration 1 s and latency 1 ms are placeholders (L3: bursty checkpoint writes"
            + " saturate the fabric for short durations)");
    HostStorage host = HostStorage.of(HardwareCatalog.GEN4_NVME_3_84TB, 8, 100 * GB, 100 * GB,
        "hardware.md §1.1: 2 x 400G frontend NICs per server [S] SIG24 = 100 GB/s per direction; that storage"
            + " traffic uses them is an assumption. 8 drives = 4 PCIe switches x 2, the low end of SIG24's 2-4 per"
            + " switch (§8: 2-8), unconfirmed");
    return new StorageSystem("meta-tectonic", hosts, host, warm, placeholderCold(warm),
        "hardware.md §1.1, §1.5, §8");
  }

  private static StorageSystem superPod(SuperPodClass c, int hosts) {
    int units = (hosts + HOSTS_PER_SCALABLE_UNIT - 1) / HOSTS_PER_SCALABLE_UNIT;
    double read;
    double write;
    String scaling;
    if (units == 1) {
      read = c.read1;
      write = c.write1;
      scaling = "1-SU aggregate from Table 6";
    } else if (units == 4) {
      read = c.read4;
      write = c.write4;
      scaling = "4-SU aggregate from Table 6";
    } else {
      read = c.read4 / 4.0 * units;
      write = c.write4 / 4.0 * units;
      scaling = units + " SU: the 4-SU aggregate / 4 per SU [D] (Table 6 gives 1 and 4 SU only)";
    }
    String name = "dgx-superpod-" + c.key;
    Tier warm = new Tier(name + "-flash", TierKind.WARM, units * PB, read * GB, write * GB, Burst.NONE, 1e-3,
        "hardware.md §4: SPOD-RA Table 6 '" + c.key + "' [P], " + scaling + ". Capacity 1 PB per SU and latency"
            + " 1 ms are placeholders: Table 6 gives performance only");
    HostStorage host = HostStorage.of(HardwareCatalog.GEN4_NVME_3_84TB, 8, c.nodeRead * GB, c.nodeWrite * GB,
        "hardware.md §4: SPOD-RA Table 6 single-node read " + c.nodeRead + " / write " + c.nodeWrite + " GB/s ("
            + c.key + "); network ceiling 80 GB/s per node. 8 x 3.84 TB U.2 NVMe per DGX H100 is the DGX H100"
            + " datasheet [S], not in hardware.md");
    return new StorageSystem(name, hosts, host, warm, placeholderCold(warm), "hardware.md §4 (SPOD-RA Table 6)");
  }

  private static Entry entry(String name) {
    Entry entry = name == null ? null : PRESETS.get(name);
    if (entry == null) {
      throw new IllegalArgumentException(
          "unknown storage preset '" + name + "'; known: " + String.join(", ", PRESETS.keySet()));
    }
    return entry;
  }

  private static void add(StoragePreset preset, IntFunction<StorageSystem> factory) {
    PRESETS.put(preset.name(), new Entry(preset, factory));
  }

  private record Entry(StoragePreset preset, IntFunction<StorageSystem> factory) {}

  /** SPOD-RA Table 6 rows in GB/s: single node, 1-SU and 4-SU aggregates. */
  private enum SuperPodClass {
    GOOD("good", 4, 2, 15, 7, 60, 30),
    BETTER("better", 8, 4, 40, 20, 160, 80),
    BEST("best", 40, 20, 125, 62, 500, 250);

    final String key;
    final int nodeRead;
    final int nodeWrite;
    final int read1;
    final int write1;
    final int read4;
    final int write4;

    SuperPodClass(String key, int nodeRead, int nodeWrite, int read1, int write1, int read4, int write4) {
      this.key = key;
      this.nodeRead = nodeRead;
      this.nodeWrite = nodeWrite;
      this.read1 = read1;
      this.write1 = write1;
      this.read4 = read4;
      this.write4 = write4;
    }
  }
}
