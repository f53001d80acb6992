package dev.podium.benchmarks;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.Map;
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

/**
 * Decision latency of each placement policy: one {@link PlacementPolicy#place} call, through the
 * {@code PolicyGuard} the scheduler uses, for one gang on a fabric held at 70 % by seeded background
 * jobs. The state is built once per trial and every call places the same job on it (policies are
 * pure), so samples differ only by the JVM and the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PlacementDecisionBenchmark {

  /** Fraction of accelerators held by background jobs. */
  public static final double OCCUPANCY = 0.7;
  /** Seed of the background load. */
  public static final long SEED = 42;
  /** The job request benchmarked for each gang size. */
  public static final Map<Integer, String> REQUESTS = Map.of(
      64, "tp=8,dp=8,model=llama3-8b,batch=64",
      1024, "tp=8,pp=8,dp=16,model=llama3-70b",
      8192, "tp=8,pp=16,dp=64,model=llama3-405b");

  /** Policy name, as {@code Policies.placement} knows it. */
  @Param({"random", "first-fit", "topology-aware", "slurm-tree", "slurm-block", "kueue-tas-bestfit",
      "volcano-hypernode"})
  public String policy;

  /** Gang size; the request is in {@link #REQUESTS}. */
  @Param({"64", "1024", "8192"})
  public int gpus;

  /** The fabric preset. */
  @Param({"meta-24k-roce", "clos-131k"})
  public String fabric;

  private ClusterState state;
  private PlacementPolicy placement;
  private JobSpec job;

  /** Builds the fabric, fills it to {@link #OCCUPANCY} and checks the policy decides without failing. */
  @Setup
  public void prepare() {
    Fabric built = Presets.find(fabric).build();
    state = new ClusterState(built, built.accelerator().name());
    BackgroundLoad.fill(state, OCCUPANCY, SEED);
    placement = Policies.placement(policy, PolicyOptions.defaults().withSeed(SEED));
    job = JobRequests.parse(REQUESTS.get(gpus));
    System.out.println("decision: " + describe(placement.place(job, state), state.freeCount()));
  }

  /** One placement decision; returned so the JIT cannot discard it. */
  @Benchmark
  public PlacementDecision place() {
    return placement.place(job, state);
  }

  /** A one-line account of a decision for the log; a {@code Failed} decision stops the trial. */
  static String describe(PlacementDecision decision, int free) {
    if (decision instanceof PlacementDecision.Placed placed) {
      return "placed " + placed.size() + " ranks (" + free + " free)";
    }
    if (decision instanceof PlacementDecision.Unschedulable blocked) {
      return "unschedulable (" + free + " free): " + String.join("; ", blocked.reasons());
    }
    throw new IllegalStateException("policy failed: " + decision);
  }
}
