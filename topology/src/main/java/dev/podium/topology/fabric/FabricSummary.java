package dev.podium.topology.fabric;

import dev.podium.api.topology.Level;
import dev.podium.topology.catalog.Precision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline figures of a fabric, as {@code podium topology} prints them (and as its {@code --json}
 * output, field for field).
 *
 * @param name fabric name
 * @param accelerator accelerator catalog key
 * @param accelerators accelerator count
 * @param hosts host count
 * @param switches switch count, optical switches included
 * @param switchesPerTier switch count per tier
 * @param links link count (a link may bundle parallel cables)
 * @param cables physical cable count
 * @param levels per-level figures, innermost first
 * @param peakFlops dense peak FLOP/s of the whole fabric by precision key ({@code bf16}, {@code fp8})
 * @param hbmBytes HBM bytes of the whole fabric
 */
public record FabricSummary(
    String name,
    String accelerator,
    int accelerators,
    int hosts,
    int switches,
    Map<String, Integer> switchesPerTier,
    int links,
    long cables,
    List<LevelSummary> levels,
    Map<String, Double> peakFlops,
    long hbmBytes) {

  /**
   * One level's figures.
   *
   * @param name level name
   * @param domains number of domains
   * @param size accelerators in the largest domain
   * @param minSize accelerators in the smallest domain
   * @param bandwidthBytesPerSecond per accelerator and direction, after oversubscription (null at
   *     the accelerator level, where it is unbounded)
   * @param oversubscription downlink over uplink capacity of the tier below this level
   * @param latencySeconds one-way latency between accelerators whose common level is this one
   * @param bisectionBytesPerSecond bisection bandwidth of the largest domain (null at level 0)
   */
  public record LevelSummary(
      String name,
      int domains,
      int size,
      int minSize,
      Double bandwidthBytesPerSecond,
      double oversubscription,
      double latencySeconds,
      Double bisectionBytesPerSecond) {}

  /** Summarises {@code fabric}. */
  public static FabricSummary of(Fabric fabric) {
    List<LevelSummary> levels = new ArrayList<>();
    for (Level level : fabric.levels()) {
      int largest = 0;
      int smallest = Integer.MAX_VALUE;
      int largestDomain = 0;
      for (int d = 0; d < level.domains(); d++) {
        int size = fabric.memberCount(level.index(), d);
        if (size > largest) {
          largest = size;
          largestDomain = d;
        }
        smallest = Math.min(smallest, size);
      }
      boolean accelerator = level.index() == 0;
      levels.add(new LevelSummary(level.name(), level.domains(), largest, smallest,
          accelerator ? null : level.bandwidthBytesPerSecond(), level.oversubscription(),
          level.latencySeconds(), accelerator ? null : fabric.bisectionBandwidth(level.index(), largestDomain)));
    }
    Map<String, Double> flops = new LinkedHashMap<>();
    for (Precision precision : Precision.values()) {
      double peak = fabric.peakFlops(precision);
      if (peak > 0) {
        flops.put(precision.key(), peak);
      }
    }
    return new FabricSummary(fabric.name(), fabric.accelerator().name(), fabric.acceleratorCount(),
        fabric.hostCount(), fabric.switchCount(), fabric.switchesPerTier(), fabric.linkCount(),
        fabric.cableCount(), List.copyOf(levels), flops, fabric.hbmBytes());
  }
}
