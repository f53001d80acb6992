package dev.podium.benchmarks.report;

import dev.podium.benchmarks.PhillyReplay;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The suites of the report, in run order: the JMH suites through the Runner API, and the measurements
 * that need JVM flags of their own in child JVMs. {@code --only} matches their {@link #id}s.
 */
enum Suite {
  FABRIC_BUILD("fabric-build", "ms per build of each preset, allocation per build",
      new JmhSuite(List.of("FabricBuildBenchmark", "-prof", "gc"), List.of(), JmhSuite.QUICK_TIMED), null),
  FABRIC_BUILD_PARALLEL_GC("fabric-build-parallel-gc", "ms per clos-131k build under ParallelGC",
      new JmhSuite(List.of("FabricBuildBenchmark", "-p", "preset=clos-131k", "-jvmArgsAppend",
          "-XX:+UseParallelGC -Xms2g -Xmx2g"), List.of(), JmhSuite.QUICK_TIMED), null),
  FABRIC_COLD_BUILD("fabric-cold-build", "first clos-131k build in a fresh JVM",
      new JmhSuite(List.of("FabricBuildBenchmark", "-p", "preset=clos-131k", "-bm", "ss", "-wi", "0", "-i", "1"),
          List.of("-f", "5"), List.of("-f", "2")), null),
  FABRIC_GRAPH("fabric-graph", "first fabric.graph() call on clos-131k",
      new JmhSuite(List.of("FabricGraphBenchmark"), List.of(), JmhSuite.QUICK_SHOTS), null),
  FABRIC_FOOTPRINT("fabric-footprint", "retained and allocated heap per fabric",
      null, new ChildSuite("dev.podium.benchmarks.FabricFootprint", List.of("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"),
          List.of("--runs", "5"), List.of("--runs", "1"))),
  PLACEMENT_DECISION("placement-decision", "µs per placement decision, per policy, gang and fabric",
      new JmhSuite(List.of("PlacementDecisionBenchmark", "-prof", "gc"), List.of(), JmhSuite.QUICK_TIMED), null),
  SIMULATION_EVENTS("simulation-events", "simulator events per second",
      new JmhSuite(List.of("SimulationEventBenchmark"), List.of(),
          List.of("-f", "1", "-wi", "1", "-i", "1", "-w", "500ms", "-r", "500ms")), null),
  SCHEDULER_FOOTPRINT("scheduler-footprint", "retained heap of the scheduler's state",
      null, new ChildSuite("dev.podium.benchmarks.SchedulerFootprint", List.of("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"),
          List.of("--runs", "5", "clos-131k", "meta-24k-roce"), List.of("--runs", "1", "clos-131k", "meta-24k-roce"))),
  PHILLY_REPLAY("philly-replay", "full Philly trace replay",
      null, new ChildSuite("dev.podium.benchmarks.PhillyReplay", List.of("-Xmx2g"),
          List.of(PhillyReplay.WORKLOAD, PhillyReplay.PRESET, PhillyReplay.POLICY, "3"),
          List.of(PhillyReplay.WORKLOAD, PhillyReplay.PRESET, PhillyReplay.POLICY, "1")));

  private final String id;
  private final String what;
  private final JmhSuite jmh;
  private final ChildSuite child;

  Suite(String id, String what, JmhSuite jmh, ChildSuite child) {
    this.id = id;
    this.what = what;
    this.jmh = jmh;
    this.child = child;
  }

  /** The id {@code --only} matches, e.g. {@code fabric-build}. */
  String id() {
    return id;
  }

  /** What the suite measures, in a few words. */
  String what() {
    return what;
  }

  /** The JMH definition, or null for a child-JVM suite. */
  JmhSuite jmh() {
    return jmh;
  }

  /** The child-JVM definition, or null for a JMH suite. */
  ChildSuite child() {
    return child;
  }

  /** The command that reproduces this suite's numbers on its own. */
  String command(boolean quick) {
    return jmh != null ? jmh.command(quick) : child.command(quick);
  }

  /** The suites whose id {@code only} matches (anywhere in the id; null matches all), in run order. */
  static List<Suite> matching(String only) {
    if (only == null) {
      return List.of(values());
    }
    Pattern pattern = Pattern.compile(only);
    return Arrays.stream(values()).filter(s -> pattern.matcher(s.id).find()).toList();
  }
}
