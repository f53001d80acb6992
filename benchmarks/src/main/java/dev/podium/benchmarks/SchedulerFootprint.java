package dev.podium.benchmarks;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.core.scheduler.Scheduler;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what the scheduler's state costs on the heap for a preset fabric at 70 % occupancy, the
 * median of {@link #RUNS} runs; every figure is heap used after full collections with the object
 * held, minus the same with only the fabric held:
 *
 * <ul>
 *   <li>an empty {@link ClusterState};
 *   <li>a {@link ClusterState} after {@code BackgroundLoad.fill(state, 0.7, 42)};
 *   <li>a {@link Scheduler} (first-fit placement, fifo queue) with its own state, running one job of
 *       each background job's size (no model, a declared hour of work), started in one cycle.
 * </ul>
 *
 * <p>Same method as {@link FabricFootprint}: run with {@code -XX:+UseParallelGC}. Arguments:
 * {@code [--runs N] [preset...]} (default {@link #RUNS} runs of {@code clos-131k}). The main prints a
 * Markdown table; {@link #measureAll} returns the same figures.
 */
public final class SchedulerFootprint {

  /** Measured runs per preset; one more, unmeasured, comes first. */
  public static final int RUNS = 5;
  /** Fraction of accelerators held by background jobs. */
  public static final double OCCUPANCY = 0.7;
  /** Seed of the background load. */
  public static final long SEED = 42;

  private static final String ROW = "| %-14s | %12s | %6s | %8s | %14s | %16s | %9s | %14s |%n";

  private final HeapProbe heap = new HeapProbe();

  /** Entry point: measures the named presets, or {@code clos-131k}, and prints a Markdown table. */
  public static void main(String[] args) {
    RunsArgument parsed = arguments(args);
    HeapProbe.warnUnlessParallelGc();
    System.out.printf("Scheduler state heap in MiB at %.0f %% occupancy, median of %d runs; collector: %s;"
        + " max heap %.0f MiB%n%n", OCCUPANCY * 100, parsed.runs(), HeapProbe.collectors(),
        Runtime.getRuntime().maxMemory() / HeapProbe.MIB);
    System.out.printf(ROW, "preset", "accelerators", "jobs", "fabric", "empty state", "filled state",
        "scheduler", "fabric + sched.");
    System.out.printf("|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|%n", "-".repeat(16), "-".repeat(13), "-".repeat(7),
        "-".repeat(9), "-".repeat(15), "-".repeat(17), "-".repeat(10), "-".repeat(15));
    SchedulerFootprint footprint = new SchedulerFootprint();
    for (String name : parsed.rest()) {
      Result r = footprint.measure(Presets.find(name), parsed.runs());
      System.out.printf(ROW, name, String.format("%,d", r.accelerators()), String.format("%,d", r.jobs()),
          HeapProbe.mib(r.fabric()), HeapProbe.mib(r.emptyState()), HeapProbe.mib(r.filledState()),
          HeapProbe.mib(r.scheduler()), HeapProbe.mib(r.fabric() + r.scheduler()));
    }
  }

  /** Measures what {@link #main} would with the same arguments, in this JVM, and returns the figures. */
  public static Measurement measure(String... args) {
    RunsArgument parsed = arguments(args);
    return measureAll(parsed.rest(), parsed.runs());
  }

  private static RunsArgument arguments(String[] args) {
    RunsArgument parsed = RunsArgument.parse(args, RUNS, "SchedulerFootprint");
    return parsed.rest().isEmpty() ? new RunsArgument(parsed.runs(), List.of("clos-131k")) : parsed;
  }

  /** Measures every named preset, {@code runs} measured runs each, in this JVM (warning unless ParallelGC runs). */
  public static Measurement measureAll(List<String> names, int runs) {
    HeapProbe.warnUnlessParallelGc();
    SchedulerFootprint footprint = new SchedulerFootprint();
    List<Result> results = new ArrayList<>();
    for (String name : names) {
      results.add(footprint.measure(Presets.find(name), runs));
    }
    return new Measurement(HeapProbe.collectors(), Runtime.getRuntime().maxMemory(), runs, OCCUPANCY, results);
  }

  /** Measures one preset: an unmeasured run, then {@code runs} runs, medians reported. */
  Result measure(Preset preset, int runs) {
    Result first = sample(preset);
    long[][] columns = new long[4][runs];
    for (int run = 0; run < runs; run++) {
      Result r = sample(preset);
      columns[0][run] = r.fabric();
      columns[1][run] = r.emptyState();
      columns[2][run] = r.filledState();
      columns[3][run] = r.scheduler();
    }
    return new Result(first.preset(), first.accelerators(), first.jobs(), HeapProbe.median(columns[0]),
        HeapProbe.median(columns[1]), HeapProbe.median(columns[2]), HeapProbe.median(columns[3]));
  }

  private Result sample(Preset preset) {
    long before = heap.heapUsedAfterGc();
    Fabric fabric = preset.build();
    long withFabric = heap.heapUsedAfterGc();

    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    long withEmpty = heap.heapUsedAfterGc();
    int jobs = BackgroundLoad.fill(state, OCCUPANCY, SEED);
    long withFilled = heap.heapUsedAfterGc();
    Reference.reachabilityFence(state);
    int[] sizes = state.allocations().values().stream().mapToInt(held -> held.length).toArray();
    state = null;

    long fabricOnly = heap.heapUsedAfterGc();
    Scheduler scheduler = runningScheduler(fabric, sizes);
    long withScheduler = heap.heapUsedAfterGc();
    Reference.reachabilityFence(scheduler);
    Reference.reachabilityFence(fabric);
    return new Result(preset.name(), fabric.acceleratorCount(), jobs, withFabric - before, withEmpty - withFabric,
        withFilled - withFabric, withScheduler - fabricOnly);
  }

  /** A scheduler on an empty state of {@code fabric} that has started one job per entry of {@code sizes}. */
  private static Scheduler runningScheduler(Fabric fabric, int[] sizes) {
    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    Scheduler scheduler = new Scheduler(state, Policies.placement("first-fit", PolicyOptions.defaults()),
        Policies.queue("fifo", PolicyOptions.defaults()), () -> 0.0);
    List<JobSpec> jobs = new ArrayList<>(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      jobs.add(JobSpec.builder("bg-" + i, new Parallelism(1, 1, 1, sizes[i], 1)).work(Work.seconds(3600)).build());
    }
    jobs.forEach(scheduler::submit);
    int started = scheduler.schedule().started().size();
    if (started != sizes.length) {
      throw new IllegalStateException("the scheduler started " + started + " of " + sizes.length + " jobs");
    }
    return scheduler;
  }

  /** Counts and retained bytes of one preset; each object's bytes exclude the fabric. */
  public record Result(String preset, int accelerators, int jobs, long fabric, long emptyState, long filledState,
      long scheduler) {}

  /**
   * Every preset's result and the JVM they were measured in.
   *
   * @param collectors the running garbage collectors, comma-separated
   * @param maxHeapBytes the JVM's maximum heap
   * @param runs measured runs per preset
   * @param occupancy fraction of accelerators the background load holds
   */
  public record Measurement(String collectors, long maxHeapBytes, int runs, double occupancy,
      List<Result> presets) {}
}
