package dev.podium.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Measures what each preset fabric costs on the heap, the median of {@link #RUNS} runs:
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
 * {@code docs/PERFORMANCE.md}). Arguments: {@code [--runs N] [preset...]} (default {@link #RUNS} runs
 * of {@link BenchmarkedPresets#NAMES}). The main prints a Markdown table; a preset that fails to build
 * is reported in its row and makes the exit status 1. {@link #measureAll} returns the same figures.
 */
public final class FabricFootprint {

  /** Measured runs per preset; one more, unmeasured, comes first to initialise classes and caches. */
  public static final int RUNS = 5;

  private static final String ROW = "| %-24s | %12s | %10s | %10s | %8s | %19s | %15s | %17s |%n";

  private final HeapProbe heap = new HeapProbe();
  private final ThreadMXBean threads = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);

  /** Entry point: measures the named presets, or the default list, and prints a Markdown table. */
  public static void main(String[] args) {
    RunsArgument parsed = arguments(args);
    HeapProbe.warnUnlessParallelGc();
    System.out.printf("Heap per fabric in MiB, median of %d runs; collector: %s; max heap %.0f MiB%n%n",
        parsed.runs(), HeapProbe.collectors(), Runtime.getRuntime().maxMemory() / HeapProbe.MIB);
    System.out.printf(ROW, "preset", "accelerators", "vertices", "links", "retained", "retained with graph",
        "allocated build", "allocated graph()");
    System.out.printf("|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|%n", "-".repeat(26), "-".repeat(13),
        "-".repeat(11), "-".repeat(11), "-".repeat(9), "-".repeat(20), "-".repeat(16), "-".repeat(18));
    FabricFootprint footprint = new FabricFootprint();
    boolean failed = false;
    for (String name : parsed.rest()) {
      Outcome outcome = footprint.outcome(name, parsed.runs());
      if (outcome.failed()) {
        failed = true;
        System.out.printf("| %-24s | build fails: %s |%n", name, outcome.error());
        continue;
      }
      Result r = outcome.result();
      System.out.printf(ROW, name, String.format("%,d", r.accelerators()), String.format("%,d", r.vertices()),
          String.format("%,d", r.links()), mib(r.retained()), mib(r.retainedWithGraph()),
          mib(r.allocatedBuild()), mib(r.allocatedGraph()));
    }
    if (failed) {
      System.exit(1);
    }
  }

  /** Measures what {@link #main} would with the same arguments, in this JVM, and returns the figures. */
  public static Measurement measure(String... args) {
    RunsArgument parsed = arguments(args);
    return measureAll(parsed.rest(), parsed.runs());
  }

  private static RunsArgument arguments(String[] args) {
    RunsArgument parsed = RunsArgument.parse(args, RUNS, "FabricFootprint");
    return parsed.rest().isEmpty() ? new RunsArgument(parsed.runs(), BenchmarkedPresets.NAMES) : parsed;
  }

  /** Measures every named preset, {@code runs} measured runs each, in this JVM (warning unless ParallelGC runs). */
  public static Measurement measureAll(List<String> names, int runs) {
    HeapProbe.warnUnlessParallelGc();
    FabricFootprint footprint = new FabricFootprint();
    List<Outcome> outcomes = new ArrayList<>();
    for (String name : names) {
      outcomes.add(footprint.outcome(name, runs));
    }
    return new Measurement(HeapProbe.collectors(), Runtime.getRuntime().maxMemory(), runs, outcomes);
  }

  /** One preset's figures, or the reason it could not be built (a failing preset does not stop the rest). */
  Outcome outcome(String name, int runs) {
    try {
      return new Outcome(name, measure(Presets.find(name), runs), null);
    } catch (RuntimeException e) {
      return new Outcome(name, null, e.getMessage());
    }
  }

  /** Measures one preset: an unmeasured run, then {@code runs} runs, medians reported. */
  Result measure(Preset preset, int runs) {
    Sample unmeasured = sample(preset);
    Sample[] samples = new Sample[runs];
    for (int run = 0; run < runs; run++) {
      samples[run] = sample(preset);
    }
    long[] retained = Arrays.stream(samples).mapToLong(Sample::retained).toArray();
    return new Result(unmeasured.accelerators(), unmeasured.vertices(), unmeasured.links(),
        median(samples, Sample::retained), median(samples, Sample::retainedWithGraph),
        median(samples, Sample::allocatedBuild), median(samples, Sample::allocatedGraph),
        Arrays.stream(retained).max().orElseThrow() - Arrays.stream(retained).min().orElseThrow());
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

  /**
   * A preset's counts and median bytes.
   *
   * @param retainedSpread largest minus smallest retained bytes over the measured runs (how repeatable
   *     the reading was)
   */
  public record Result(int accelerators, int vertices, int links, long retained, long retainedWithGraph,
      long allocatedBuild, long allocatedGraph, long retainedSpread) {}

  /** A preset's result, or (result null) the message of the exception its build threw. */
  public record Outcome(String preset, Result result, String error) {
    /** Whether the preset failed to build. */
    public boolean failed() {
      return result == null;
    }
  }

  /**
   * Every preset's outcome and the JVM they were measured in.
   *
   * @param collectors the running garbage collectors, comma-separated
   * @param maxHeapBytes the JVM's maximum heap
   * @param runs measured runs per preset
   */
  public record Measurement(String collectors, long maxHeapBytes, int runs, List<Outcome> presets) {}
}
