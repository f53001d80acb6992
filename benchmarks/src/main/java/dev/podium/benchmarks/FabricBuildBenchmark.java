package dev.podium.benchmarks;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Wall time to build each preset fabric from its spec, derivation of per-level figures included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FabricBuildBenchmark {

  /** The preset to build; see {@link BenchmarkedPresets#NAMES}. */
  @Param({
      "meta-24k-roce",
      "meta-24k-ib",
      "dgx-superpod-h100-4su",
      "dgx-superpod-h100-64su",
      "gb200-nvl72-64",
      "tpu-v4-pod",
      "tpu-v5p-pod",
      "ironwood-pod",
      "clos-131k"})
  public String preset;

  private Preset resolved;

  /** Resolves the name once, so that lookup is not timed. */
  @Setup
  public void resolve() {
    resolved = Presets.find(preset);
  }

  /** Builds a new fabric; returned so the JIT cannot discard it. */
  @Benchmark
  public Fabric build() {
    return resolved.build();
  }
}
