package dev.podium.benchmarks;

import java.util.List;

/** The presets every fabric measurement covers, smallest family first, the 131K CLOS last. */
public final class BenchmarkedPresets {

  /**
   * Preset names. JMH needs its {@code @Param} values as literals, so {@link FabricBuildBenchmark}
   * repeats them; {@code BenchmarkedPresetsTest} checks the two lists agree.
   */
  public static final List<String> NAMES = List.of(
      "meta-24k-roce",
      "meta-24k-ib",
      "dgx-superpod-h100-4su",
      "dgx-superpod-h100-64su",
      "gb200-nvl72-64",
      "tpu-v4-pod",
      "tpu-v5p-pod",
      "ironwood-pod",
      "clos-131k");

  private BenchmarkedPresets() {}
}
