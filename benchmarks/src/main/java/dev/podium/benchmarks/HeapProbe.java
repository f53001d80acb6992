package dev.podium.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Heap readings shared by the footprint mains: heap used after full collections, medians, MiB. */
final class HeapProbe {

  static final double MIB = 1024.0 * 1024.0;
  private static final int MAX_COLLECTIONS = 10;
  private static final long SETTLED = 64 * 1024;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Heap used after full collections, repeated until two readings agree within 64 KiB. */
  long heapUsedAfterGc() {
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

  /** The median of {@code values} (the mean of the middle two for an even count). */
  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Bytes as MiB with one decimal. */
  static String mib(long bytes) {
    return String.format("%.1f", bytes / MIB);
  }

  /** The names of the running collectors, comma-separated. */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }

  /** Warns on standard error unless ParallelGC runs: G1 rounds large arrays up to whole regions. */
  static void warnUnlessParallelGc() {
    String collectors = collectors();
    if (!collectors.contains("PS MarkSweep")) {
      System.err.println("warning: collector " + collectors + "; run with -XX:+UseParallelGC for exact"
          + " retained bytes (G1 rounds large arrays up to whole regions)");
    }
  }
}
