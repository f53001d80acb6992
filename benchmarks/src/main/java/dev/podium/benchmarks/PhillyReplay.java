package dev.podium.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Replays the full Philly trace (82,247 jobs) on {@code dgx-superpod-h100-8su} (2,048 GPUs) with the
 * contention model, {@code topology-aware} placement and fifo with backfill, {@link #RUNS} times in
 * one JVM (the first run is cold), and reports per run: wall seconds of {@code Simulation.run}, events,
 * events per second, the largest heap in use after any collection during the run (the live set the
 * run needed) and the sum of the heap pools' peak use (an upper bound on heap occupancy, garbage
 * included), then the medians. Run it with {@code -Xmx2g}. Arguments: {@code [workload [preset
 * [policy [runs]]]]}. The main prints a Markdown table; {@link #replay} returns the same figures.
 */
public final class PhillyReplay {

  /** Default number of replays. */
  public static final int RUNS = 3;
  /** Default workload spec. */
  public static final String WORKLOAD = "philly";
  /** Default fabric preset. */
  public static final String PRESET = "dgx-superpod-h100-8su";
  /** Default placement policy. */
  public static final String POLICY = "topology-aware";
  /** Seed of the model mapping and the policy. */
  static final long SEED = 42;

  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  private PhillyReplay() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) {
    Replay replay = replay(args, setup -> {
      System.out.printf("%s: %,d jobs, loaded in %.2f s; %s: %,d accelerators, built in %.2f s; policy %s;"
          + " collector %s; max heap %.0f MiB; %d processors%n", setup.workload(), setup.jobs(),
          setup.loadSeconds(), setup.preset(), setup.accelerators(), setup.buildSeconds(), setup.policy(),
          setup.collectors(), setup.maxHeapBytes() / HeapProbe.MIB, setup.processors());
      System.out.printf("%n| run | wall s | events | events/s | completed | max heap after GC MiB | peak heap MiB |%n");
      System.out.printf("|---:|---:|---:|---:|---:|---:|---:|%n");
    }, run -> System.out.printf("| %d | %.2f | %,d | %,.0f | %,d of %,d | %s | %s |%n", run.run(), run.wallSeconds(),
        run.events(), run.eventsPerSecond(), run.completed(), run.jobs(), HeapProbe.mib(run.maxHeapAfterGcBytes()),
        HeapProbe.mib(run.peakHeapBytes())));
    System.out.printf("| median | %.2f | %,d | %,.0f | | %s | %s |%n", replay.medianWallSeconds(),
        replay.runs().get(0).events(), replay.runs().get(0).events() / replay.medianWallSeconds(),
        HeapProbe.mib(replay.medianMaxHeapAfterGcBytes()), HeapProbe.mib(replay.medianPeakHeapBytes()));
  }

  /** Replays as {@link #main} would with the same arguments, reporting progress as {@link #replay} does. */
  public static Replay replay(String[] args, Consumer<Setup> onSetup, Consumer<Run> onRun) {
    String spec = args.length > 0 ? args[0] : WORKLOAD;
    String preset = args.length > 1 ? args[1] : PRESET;
    String policy = args.length > 2 ? args[2] : POLICY;
    int runs = RUNS;
    if (args.length > 3) {
      try {
        runs = Integer.parseInt(args[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PhillyReplay: runs (the fourth argument) must be a whole number, was '"
            + args[3] + "'");
      }
    }
    if (runs < 1) {
      throw new IllegalArgumentException("PhillyReplay: runs (the fourth argument) must be at least 1, was " + runs);
    }
    return replay(spec, preset, policy, runs, onSetup, onRun);
  }

  /**
   * Builds the fabric, loads the workload and replays it {@code runs} times in this JVM; {@code onSetup}
   * and {@code onRun} see each step as it completes (for progress output).
   */
  public static Replay replay(String spec, String preset, String policy, int runs, Consumer<Setup> onSetup,
      Consumer<Run> onRun) {
    watchCollections();
    long t0 = System.nanoTime();
    Fabric fabric = Presets.find(preset).build();
    long t1 = System.nanoTime();
    Workload workload = Workloads.load(spec, SEED);
    long t2 = System.nanoTime();
    Setup setup = new Setup(spec, workload.jobs().size(), (t2 - t1) / 1e9, preset, fabric.acceleratorCount(),
        (t1 - t0) / 1e9, policy, HeapProbe.collectors(), Runtime.getRuntime().maxMemory(),
        Runtime.getRuntime().availableProcessors());
    onSetup.accept(setup);

    SimulationConfig config = SimulationConfig.of(fabric, workload, policy, SEED);
    List<Run> done = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      MAX_AFTER_GC.set(0);
      long start = System.nanoTime();
      RunSummary summary = Simulation.run(config, null).summary();
      double wall = (System.nanoTime() - start) / 1e9;
      long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      Run result = new Run(run, wall, summary.events(), summary.completed(), summary.jobs(), MAX_AFTER_GC.get(), peak);
      done.add(result);
      onRun.accept(result);
    }
    return new Replay(setup, done);
  }

  /** Records the largest heap in use after any collection into {@link #MAX_AFTER_GC}. */
  private static void watchCollections() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        MAX_AFTER_GC.accumulateAndGet(used, Math::max);
      }, null, null);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }

  /**
   * What was replayed, on what, in which JVM.
   *
   * @param loadSeconds time to read the trace and map its jobs
   * @param buildSeconds time to build the fabric
   * @param collectors the running garbage collectors, comma-separated
   */
  public record Setup(String workload, int jobs, double loadSeconds, String preset, int accelerators,
      double buildSeconds, String policy, String collectors, long maxHeapBytes, int processors) {}

  /**
   * One replay.
   *
   * @param run 1 for the first (cold) replay
   * @param maxHeapAfterGcBytes the largest heap in use after any collection during the replay
   * @param peakHeapBytes the sum of the heap pools' peak use, garbage included
   */
  public record Run(int run, double wallSeconds, long events, int completed, int jobs, long maxHeapAfterGcBytes,
      long peakHeapBytes) {
    /** Simulator events per wall second. */
    public double eventsPerSecond() {
      return events / wallSeconds;
    }
  }

  /** The setup and every replay, first (cold) first. */
  public record Replay(Setup setup, List<Run> runs) {
    /** Median wall seconds over the replays. */
    public double medianWallSeconds() {
      double[] walls = runs.stream().mapToDouble(Run::wallSeconds).sorted().toArray();
      int mid = walls.length / 2;
      return walls.length % 2 == 1 ? walls[mid] : (walls[mid - 1] + walls[mid]) / 2;
    }

    /** Median of the runs' largest heap after a collection. */
    public long medianMaxHeapAfterGcBytes() {
      return HeapProbe.median(runs.stream().mapToLong(Run::maxHeapAfterGcBytes).toArray());
    }

    /** Median of the runs' peak heap. */
    public long medianPeakHeapBytes() {
      return HeapProbe.median(runs.stream().mapToLong(Run::peakHeapBytes).toArray());
    }
  }
}
