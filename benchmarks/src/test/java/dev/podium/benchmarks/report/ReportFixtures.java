package dev.podium.benchmarks.report;

import dev.podium.benchmarks.FabricFootprint;
import dev.podium.benchmarks.PhillyReplay;
import dev.podium.benchmarks.SchedulerFootprint;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A complete report built from the JMH JSON files under src/test/resources/report and hand-made records. */
final class ReportFixtures {

  static final Instant STARTED = Instant.parse("2026-11-26T10:20:23Z");
  static final Instant FINISHED = Instant.parse("2026-11-26T10:37:53Z");
  static final Machine MACHINE = new Machine(2, "AMD EPYC", "1 socket(s), 2 core(s) per socket", 24684084, 0,
      "OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1, Debian", "Debian GNU/Linux 12 (Linux) 6.1.0 amd64", "1.37");
  static final long MIB = 1024 * 1024;

  private ReportFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(ReportFixtures.class.getResource("/report/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JmhResult> jmh(String suite) throws IOException {
    return JmhResults.read(resource(suite + ".json"));
  }

  /** Every suite measured; {@code meta-24k-ib} fails to build. */
  static Measurements measurements() throws IOException {
    Measurements.Builder m = new Measurements.Builder();
    m.presets = List.of(
        new PresetFacts("dgx-superpod-h100-4su", 1016, 1191, 2544, null),
        new PresetFacts("meta-24k-ib", 0, 0, 0, "IllegalArgumentException: tier rack: 1 switches with 16 uplinks"),
        new PresetFacts("clos-131k", 131072, 152576, 524288, null));
    m.fabricBuild = jmh("fabric-build");
    m.fabricBuildParallelGc = jmh("fabric-build-parallel-gc");
    m.fabricColdBuild = jmh("fabric-cold-build");
    m.fabricGraph = jmh("fabric-graph");
    m.fabricFootprint = new FabricFootprint.Measurement("PS MarkSweep, PS Scavenge", 2048 * MIB, 5, List.of(
        new FabricFootprint.Outcome("dgx-superpod-h100-4su",
            new FabricFootprint.Result(1016, 1191, 2544, 105 * 1024, 210 * 1024, 700_000, 630_000, 0), null),
        new FabricFootprint.Outcome("meta-24k-ib", null, "tier rack: 1 switches with 16 uplinks"),
        new FabricFootprint.Outcome("clos-131k",
            new FabricFootprint.Result(131072, 152576, 524288, 28 * MIB, 42 * MIB, 112 * MIB, 126 * MIB, MIB / 10),
            null)));
    m.placementDecision = jmh("placement-decision");
    m.decisionOutcomes = List.of(
        new DecisionOutcome("meta-24k-roce", "topology-aware", 64, 7373, true, ""),
        new DecisionOutcome("meta-24k-roce", "topology-aware", 8192, 7373, false,
            "job job needs 8192 accelerators; 7373 are free"),
        new DecisionOutcome("clos-131k", "topology-aware", 64, 39322, true, ""),
        new DecisionOutcome("clos-131k", "topology-aware", 8192, 39322, true, ""),
        new DecisionOutcome("meta-24k-roce", "first-fit", 64, 7373, true, ""),
        new DecisionOutcome("clos-131k", "first-fit", 64, 39322, true, ""));
    m.simulationEvents = jmh("simulation-events");
    m.schedulerFootprint = new SchedulerFootprint.Measurement("PS MarkSweep, PS Scavenge", 2048 * MIB, 5, 0.7, List.of(
        new SchedulerFootprint.Result("clos-131k", 131072, 6051, 29 * MIB, MIB / 2, 3 * MIB / 2, 4 * MIB),
        new SchedulerFootprint.Result("meta-24k-roce", 24576, 1103, 5 * MIB, MIB / 10, 3 * MIB / 10, 7 * MIB / 10)));
    PhillyReplay.Setup setup = new PhillyReplay.Setup("philly", 82247, 0.48, "dgx-superpod-h100-8su", 2048, 0.2,
        "topology-aware", "G1 Young Generation, G1 Old Generation", 2048 * MIB, 2);
    m.philly = new PhillyMeasurement(new PhillyReplay.Replay(setup, List.of(
        new PhillyReplay.Run(1, 3.51, 164494, 82247, 82247, 80 * MIB, 293 * MIB),
        new PhillyReplay.Run(2, 2.98, 164494, 82247, 82247, 86 * MIB, 345 * MIB),
        new PhillyReplay.Run(3, 2.66, 164494, 82247, 82247, 81 * MIB, 302 * MIB))),
        new ProcessUsage(14.9, 538 * MIB), 10.0);
    for (Suite suite : Suite.values()) {
      m.suiteRuns.add(new SuiteRun(suite.id(), suite.command(false), 90, 0.75, 2.2, null));
    }
    return m.build();
  }

  /** The full fixture report, external tables from src/test/resources/report/results. */
  static Report report(boolean quick) throws IOException {
    return new Report(measurements(), MACHINE, run(quick, null), ExternalTables.readFolder(resource("results")));
  }

  static ReportRun run(boolean quick, String only) {
    return new ReportRun("java -cp benchmarks/target/benchmarks.jar dev.podium.benchmarks.report.PerformanceReport"
        + (quick ? " --quick" : ""), STARTED, FINISHED, quick, only,
        "benchmarks/results");
  }

  /** {@code measurements} with only the suite runs of {@code kept}, as after {@code --only}. */
  static Measurements onlySuiteRuns(Measurements m, List<String> kept) {
    List<SuiteRun> runs = new ArrayList<>(m.suiteRuns());
    runs.removeIf(r -> !kept.contains(r.id()));
    return new Measurements(m.presets(), m.fabricBuild(), null, null, null, null, null, null, null, null, null, runs);
  }
}
