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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Replays the full Philly trace (82,247 jobs) on {@code dgx-superpod-h100-8su} (2,048 GPUs) with the
 * contention model, {@code topology-aware} placement and fifo with backfill, {@link #RUNS} times in
 * one JVM (the first run is cold), and prints per run: wall seconds of {@code Simulation.run}, events,
 * events per second, the largest heap in use after any collection during the run (the live set the
 * run needed) and the sum of the heap pools' peak use (an upper bound on heap occupancy, garbage
 * included), then the medians. Run it with {@code -Xmx2g}. Arguments: {@code [workload [preset
 * [policy [runs]]]]}.
 */
public final class PhillyReplay {

  /** Default number of replays. */
  static final int RUNS = 3;
  /** Seed of the model mapping and the policy. */
  static final long SEED = 42;

  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) {
    String spec = args.length > 0 ? args[0] : "philly";
    String preset = args.length > 1 ? args[1] : "dgx-superpod-h100-8su";
    String policy = args.length > 2 ? args[2] : "topology-aware";
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : RUNS;
    watchCollections();

    long t0 = System.nanoTime();
    Fabric fabric = Presets.find(preset).build();
    long t1 = System.nanoTime();
    Workload workload = Workloads.load(spec, SEED);
    long t2 = System.nanoTime();
    System.out.printf("%s: %,d jobs, loaded in %.2f s; %s: %,d accelerators, built in %.2f s; policy %s;"
        + " collector %s; max heap %.0f MiB; %d processors%n", spec, workload.jobs().size(), (t2 - t1) / 1e9,
        preset, fabric.acceleratorCount(), (t1 - t0) / 1e9, policy, HeapProbe.collectors(),
        Runtime.getRuntime().maxMemory() / HeapProbe.MIB, Runtime.getRuntime().availableProcessors());
    System.out.printf("%n| run | wall s | events | events/s | completed | max heap after GC MiB | peak heap MiB |%n");
    System.out.printf("|---:|---:|---:|---:|---:|---:|---:|%n");

    SimulationConfig config = SimulationConfig.of(fabric, workload, policy, SEED);
    double[] walls = new double[runs];
    long[] afterGc = new long[runs];
    long[] peaks = new long[runs];
    long events = 0;
    for (int run = 0; run < runs; run++) {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      MAX_AFTER_GC.set(0);
      long start = System.nanoTime();
      RunSummary summary = Simulation.run(config, null).summary();
      walls[run] = (System.nanoTime() - start) / 1e9;
      afterGc[run] = MAX_AFTER_GC.get();
      peaks[run] = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      events = summary.events();
      System.out.printf("| %d | %.2f | %,d | %,.0f | %,d of %,d | %s | %s |%n", run + 1, walls[run], events,
          events / walls[run], summary.completed(), summary.jobs(), HeapProbe.mib(afterGc[run]),
          HeapProbe.mib(peaks[run]));
    }
    double wall = median(walls);
    System.out.printf("| median | %.2f | %,d | %,.0f | | %s | %s |%n", wall, events, events / wall,
        HeapProbe.mib(HeapProbe.median(afterGc)), HeapProbe.mib(HeapProbe.median(peaks)));
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

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
