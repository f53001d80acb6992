package dev.podium.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Prints what each preset fabric costs on the heap, the median of {@link #RUNS} runs:
 *
 * <ul>
 *   <li>retained: heap used after full collections with the fabric held, minus heap used after full
 *       collections before it was built; once for the fabric alone, once with its JGraphT view
 *       ({@link Fabric#graph()}) built too;
 *   <li>allocated: bytes the building thread allocated during the build, and during the first
 *       {@link Fabric#graph()} call (garbage included; what the collector has to clean up).
 * </ul>
 *
 * <p>Run with {@code -XX:+UseParallelGC}: G1 counts each large array as whole humongous regions, and
 * Serial's heap-used figure after a full GC swung by a survivor space's size between runs (see
 * {@code docs/PERFORMANCE.md}). Arguments: preset names (default {@link BenchmarkedPresets#NAMES}).
 * A preset that fails to build is reported in its row and makes the exit status 1.
 */
public final class FabricFootprint {

  /** Measured runs per preset; one more, unmeasured, comes first to initialise classes and caches. */
  static final int RUNS = 5;

  private static final String ROW = "| %-24s | %12s | %10s | %10s | %8s | %19s | %15s | %17s |%n";

  private final HeapProbe heap = new HeapProbe();
  private final ThreadMXBean threads = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);

  /** Entry point: measures the named presets, or the default list, and prints a Markdown table. */
  public static void main(String[] args) {
    List<String> names = args.length == 0 ? BenchmarkedPresets.NAMES : List.of(args);
    HeapProbe.warnUnlessParallelGc();
    System.out.printf("Heap per fabric in MiB, median of %d runs; collector: %s; max heap %.0f MiB%n%n",
        RUNS, HeapProbe.collectors(), Runtime.getRuntime().maxMemory() / HeapProbe.MIB);
    System.out.printf(ROW, "preset", "accelerators", "vertices", "links", "retained", "retained with graph",
        "allocated build", "allocated graph()");
    System.out.printf("|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|%n", "-".repeat(26), "-".repeat(13),
        "-".repeat(11), "-".repeat(11), "-".repeat(9), "-".repeat(20), "-".repeat(16), "-".repeat(18));
    FabricFootprint footprint = new FabricFootprint();
    boolean failed = false;
    for (String name : names) {
      try {
        Result r = footprint.measure(Presets.find(name));
        System.out.printf(ROW, name, String.format("%,d", r.accelerators()), String.format("%,d", r.vertices()),
            String.format("%,d", r.links()), mib(r.retained()), mib(r.retainedWithGraph()),
            mib(r.allocatedBuild()), mib(r.allocatedGraph()));
      } catch (RuntimeException e) {
        failed = true;
        System.out.printf("| %-24s | build fails: %s |%n", name, e.getMessage());
      }
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** Measures one preset: an unmeasured run, then {@link #RUNS} runs, medians reported. */
  Result measure(Preset preset) {
    Sample unmeasured = sample(preset);
    Sample[] samples = new Sample[RUNS];
    for (int run = 0; run < RUNS; run++) {
      samples[run] = sample(preset);
    }
    return new Result(unmeasured.accelerators(), unmeasured.vertices(), unmeasured.links(),
        median(samples, Sample::retained), median(samples, Sample::retainedWithGraph),
        median(samples, Sample::allocatedBuild), median(samples, Sample::allocatedGraph));
  }

  private Sample sample(Preset preset) {
    long thread = Thread.currentThread().getId();
    long before = heap.heapUsedAfterGc();
    long allocated0 = threads.getThreadAllocatedBytes(thread);
    Fabric fabric = preset.build();
    long allocated1 = threads.getThreadAllocatedBytes(thread);
    long withFabric = heap.heapUsedAfterGc();
    long allocated2 = threads.getThreadAllocatedBytes(thread);
    fabric.graph();
    long allocated3 = threads.getThreadAllocatedBytes(thread);
    long withGraph = heap.heapUsedAfterGc();
    Sample sample = new Sample(fabric.acceleratorCount(), fabric.vertexCount(), fabric.linkCount(),
        withFabric - before, withGraph - before, allocated1 - allocated0, allocated3 - allocated2);
    Reference.reachabilityFence(fabric);
    return sample;
  }

  private static long median(Sample[] samples, ToLongFunction<Sample> field) {
    return HeapProbe.median(Arrays.stream(samples).mapToLong(field).toArray());
  }

  private static String mib(long bytes) {
    return HeapProbe.mib(bytes);
  }

  /** One run's counts and bytes. */
  private record Sample(int accelerators, int vertices, int links, long retained, long retainedWithGraph,
      long allocatedBuild, long allocatedGraph) {}

  /** A preset's counts and median bytes. */
  record Result(int accelerators, int vertices, int links, long retained, long retainedWithGraph,
      long allocatedBuild, long allocatedGraph) {}
}
