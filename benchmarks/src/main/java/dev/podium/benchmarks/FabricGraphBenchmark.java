package dev.podium.benchmarks;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of the first {@link Fabric#graph()} call, which builds the JGraphT view. The view is memoized,
 * so each single-shot iteration gets a freshly built fabric (its build is not timed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FabricGraphBenchmark {

  /** The preset whose graph view is built. */
  @Param({"clos-131k"})
  public String preset;

  private Fabric fabric;

  /** A new fabric per iteration, so the memoized view is built again. */
  @Setup(Level.Iteration)
  public void buildFabric() {
    fabric = Presets.find(preset).build();
  }

  /** Builds the JGraphT view; returned so the JIT cannot discard it. */
  @Benchmark
  public Graph<Integer, Integer> graph() {
    return fabric.graph();
  }
}
