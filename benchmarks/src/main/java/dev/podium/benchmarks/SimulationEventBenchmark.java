package dev.podium.benchmarks;

import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.generate.Presets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Simulator event throughput: each invocation replays a whole workload on {@code
 * dgx-superpod-h100-2su} (504 GPUs) with the contention model, fifo with backfill and the given
 * placement policy; the {@code events} counter reports simulator events per second, the primary
 * score whole replays per second. Fabric and workload are built once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SimulationEventBenchmark {

  /** Seed of the workload's model mapping, the synthetic generator and the policies. */
  public static final long SEED = 42;

  /**
   * The workload spec for {@code Workloads.load}: 2,000 synthetic jobs of up to 256 GPUs (no data
   * folder needed), or the first Pollux workload (160 jobs; needs the data folder).
   */
  @Param({"synthetic:jobs=2000,maxGpus=256", "pollux-1"})
  public String workload;

  /** Placement policy name. */
  @Param({"topology-aware", "first-fit"})
  public String policy;

  /** The fabric preset. */
  @Param({"dgx-superpod-h100-2su"})
  public String fabric;

  private SimulationConfig config;

  /** Counts simulator events; JMH reports the count per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    /** Events processed in this iteration. */
    public long events;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      events = 0;
    }
  }

  /** Builds the fabric and loads the workload. */
  @Setup
  public void prepare() {
    config = SimulationConfig.of(Presets.find(fabric).build(), Workloads.load(workload, SEED), policy, SEED);
  }

  /** Replays the workload once; returned so the JIT cannot discard it. */
  @Benchmark
  public SimulationResult replay(Events counter) {
    SimulationResult result = Simulation.run(config, null);
    counter.events += result.summary().events();
    return result;
  }
}
