package dev.podium.benchmarks;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the retained heap of each built preset fabric: heap used after a full GC with the fabric
 * held, minus heap used after a full GC before it was built; the median of several runs, once for the
 * fabric alone and once with its JGraphT view built. Run with {@code -XX:+UseParallelGC}: G1 counts
 * each large array as whole humongous regions, and Serial's heap-used figure after a full GC swung by
 * a survivor space's size between runs (see {@code docs/PERFORMANCE.md}).
 *
 * <p>Arguments: preset names (default {@link BenchmarkedPresets#NAMES}).
 */
public final class FabricFootprint {

  /** Measured runs per preset; one more, unmeasured, comes first to initialise classes and caches. */
  static final int RUNS = 5;

  private static final double MIB = 1024.0 * 1024.0;
  private static final int MAX_COLLECTIONS = 10;
  private static final long SETTLED = 64 * 1024;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Entry point: measures the named presets, or the default list, and prints a table. */
  public static void main(String[] args) {
    List<String> names = args.length == 0 ? BenchmarkedPresets.NAMES : List.of(args);
    FabricFootprint footprint = new FabricFootprint();
    String collectors = collectors();
    if (!collectors.contains("PS MarkSweep")) {
      System.err.println("warning: collector " + collectors + "; run with -XX:+UseParallelGC for exact"
          + " retained bytes (G1 rounds large arrays up to whole regions)");
    }
    System.out.printf("Retained heap per fabric, median of %d runs; collector: %s; max heap %.0f MiB%n%n",
        RUNS, collectors, Runtime.getRuntime().maxMemory() / MIB);
    System.out.printf("| %-24s | %12s | %10s | %10s | %17s | %19s |%n",
        "preset", "accelerators", "vertices", "links", "retained MiB", "retained MiB +graph");
    System.out.printf("|%s|%s|%s|%s|%s|%s|%n",
        "-".repeat(26), "-".repeat(13) + ":", "-".repeat(11) + ":", "-".repeat(11) + ":",
        "-".repeat(18) + ":", "-".repeat(20) + ":");
    for (String name : names) {
      Preset preset = Presets.find(name);
      Result result = footprint.measure(preset);
      System.out.printf("| %-24s | %,12d | %,10d | %,10d | %17.1f | %19.1f |%n",
          name, result.accelerators(), result.vertices(), result.links(),
          result.fabricBytes() / MIB, result.withGraphBytes() / MIB);
    }
  }

  /** Measures one preset: an unmeasured run, then {@link #RUNS} runs, medians reported. */
  Result measure(Preset preset) {
    Sample unmeasured = sample(preset);
    long[] fabricBytes = new long[RUNS];
    long[] withGraphBytes = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      Sample sample = sample(preset);
      fabricBytes[run] = sample.fabricBytes();
      withGraphBytes[run] = sample.withGraphBytes();
    }
    return new Result(unmeasured.accelerators(), unmeasured.vertices(), unmeasured.links(),
        median(fabricBytes), median(withGraphBytes));
  }

  private Sample sample(Preset preset) {
    long before = heapUsedAfterGc();
    Fabric fabric = preset.build();
    long withFabric = heapUsedAfterGc();
    fabric.graph();
    long withGraph = heapUsedAfterGc();
    Sample sample = new Sample(fabric.acceleratorCount(), fabric.vertexCount(), fabric.linkCount(),
        withFabric - before, withGraph - before);
    Reference.reachabilityFence(fabric);
    return sample;
  }

  /** Heap used after full collections, repeated until two readings agree within {@link #SETTLED}. */
  private long heapUsedAfterGc() {
    long previous = -1;
    for (int attempt = 0; attempt < MAX_COLLECTIONS; attempt++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (previous >= 0 && Math.abs(used - previous) < SETTLED) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }

  /** One run's counts and retained bytes. */
  private record Sample(int accelerators, int vertices, int links, long fabricBytes, long withGraphBytes) {}

  /** A preset's counts and median retained bytes. */
  record Result(int accelerators, int vertices, int links, long fabricBytes, long withGraphBytes) {}
}
