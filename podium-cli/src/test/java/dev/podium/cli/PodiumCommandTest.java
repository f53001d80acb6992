package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.sim.report.Numbers;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.generate.Presets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The podium command as a user runs it: output, JSON keys, exit codes and error messages. */
class PodiumCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void presetsListsEveryFamily() {
    assertThat(run("presets")).isZero();
    assertThat(out.toString()).contains("meta-24k-roce", "meta-24k-ib", "dgx-superpod-h100-4su", "gb200-nvl72-8",
        "tpu-v4-pod", "tpu-v5p-pod", "ironwood-pod");
  }

  @Test
  void presetsAndPoliciesPrintJson() throws Exception {
    assertThat(run("presets", "--json")).isZero();
    JsonNode presets = new ObjectMapper().readTree(out.toString());
    assertThat(presets.isArray()).isTrue();
    assertThat(presets.get(0).get("name").asText()).isEqualTo("meta-24k-roce");
    out.getBuffer().setLength(0);
    assertThat(run("policies", "--json")).isZero();
    JsonNode policies = new ObjectMapper().readTree(out.toString());
    assertThat(policies.get("placement").findValuesAsText("name")).contains("topology-aware", "pack-hosts");
    assertThat(policies.get("queue").findValuesAsText("name")).containsExactly("fair-share", "fifo", "priority");
  }

  @Test
  void policiesListsBuiltInsQueuesAndPluginsOnTheClassPath() {
    assertThat(run("policies")).isZero();
    assertThat(out.toString()).contains("topology-aware", "first-fit", "random", "slurm-tree", "slurm-block",
        "kueue-tas-bestfit", "volcano-hypernode", "fifo", "priority", "fair-share", "pack-hosts");
  }

  @Test
  void aPluginPolicyPlacesJobs() {
    assertThat(run("place", "--preset", "dgx-superpod-h100-1su", "--job", "tp=8,dp=4", "--policy", "pack-hosts",
        "--occupancy", "0.3")).isZero();
    assertThat(out.toString()).contains("pack-hosts");
  }

  @Test
  void topologyJsonHasTheDocumentedKeys() throws Exception {
    assertThat(run("topology", "--preset", "ironwood-pod", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("accelerators").asInt()).isEqualTo(9216);
    assertThat(json.has("hosts")).isTrue();
    assertThat(json.has("switches")).isTrue();
    assertThat(json.has("links")).isTrue();
    assertThat(json.get("levels").get(2).get("name").asText()).isEqualTo("cube");
    assertThat(json.get("levels").get(2).get("domains").asInt()).isEqualTo(144);
    assertThat(json.get("levels").get(2).get("size").asInt()).isEqualTo(64);
    assertThat(json.get("peakFlops").get("fp8").asDouble()).isBetween(42.4e18, 42.6e18);
    assertThat(json.get("hbmBytes").asLong()).isEqualTo(9216L * 192_000_000_000L);
  }

  @Test
  void exportThenImportJsonGivesTheSameFabric(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path first = dir.resolve("a.json");
    java.nio.file.Path second = dir.resolve("b.json");
    assertThat(run("topology", "--preset", "dgx-superpod-h100-2su", "--export", "json", "--out", first.toString()))
        .isZero();
    assertThat(run("topology", "--import", "json=" + first, "--export", "json", "--out", second.toString()))
        .isZero();
    assertThat(java.nio.file.Files.readString(second)).isEqualTo(java.nio.file.Files.readString(first));
    assertThat(run("topology", "--preset", "meta-24k-roce", "--export", "slurm-tree")).isZero();
    assertThat(out.toString()).contains("SwitchName=", "Nodes=node");
  }

  @Test
  void unknownExportFormatAndImportFormatAreNamed() {
    assertThat(run("topology", "--preset", "meta-24k-roce", "--export", "svg")).isEqualTo(2);
    assertThat(err.toString()).contains("svg", "graphml");
    assertThat(run("topology", "--import", "lingjun-csv")).isEqualTo(2);
    assertThat(err.toString()).contains("FORMAT=FILE");
  }

  @Test
  void unknownPresetFailsOnStderrWithTheKnownNames() {
    assertThat(run("topology", "--preset", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown preset 'nope'", "meta-24k-roce");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void placeJsonHasTheDocumentedKeys() throws Exception {
    assertThat(run("place", "--preset", "meta-24k-roce", "--job", "tp=8,pp=4,dp=8,model=llama3-70b,batch=64",
        "--occupancy", "0.5", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("policy").asText()).isEqualTo("topology-aware");
    assertThat(json.get("placed").asBoolean()).isTrue();
    assertThat(json.get("crossBytesPerStep").get("cluster").asDouble()).isZero();
    assertThat(json.get("lowerBoundCrossBytesPerStep").has("pod")).isTrue();
    assertThat(json.get("estimatedCommSeconds").asDouble()).isPositive().isLessThan(1e6);
    assertThat(json.has("decisionMicros")).isTrue();
  }

  @Test
  void compareShowsEveryPolicySideBySide() {
    assertThat(run("place", "--preset", "dgx-superpod-h100-2su", "--job", "tp=8,dp=8", "--compare",
        "topology-aware,first-fit,random")).isZero();
    assertThat(out.toString()).contains("topology-aware", "first-fit", "random", "lower bound", "cluster");
  }

  @Test
  void badJobRequestsNameTheKeyAndReason() {
    assertThat(run("place", "--preset", "meta-24k-roce", "--job", "tp=0,dp=8")).isEqualTo(2);
    assertThat(err.toString()).contains("tp must be >= 1, was 0");
    assertThat(run("place", "--preset", "meta-24k-roce", "--job", "tp=8,dp=8,gpus=100")).isEqualTo(2);
    assertThat(err.toString()).contains("gpus=100 but tp=8,pp=1,dp=8 makes 64");
    assertThat(run("place", "--preset", "meta-24k-roce", "--job", "tp=8,dp=8,model=gpt5")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown model 'gpt5'");
    assertThat(run("place", "--preset", "meta-24k-roce", "--job", "tp=8,dp=8", "--policy", "best")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown placement policy 'best'");
  }

  @Test
  void aJobLargerThanTheFreeCapacityIsUnschedulableWithExitCode3() {
    assertThat(run("place", "--preset", "dgx-superpod-h100-1su", "--job", "tp=8,dp=16", "--occupancy", "0.6"))
        .isEqualTo(3);
    assertThat(out.toString()).contains("are free");
  }

  private static final String TWO_SU = "dgx-superpod-h100-2su";

  @Test
  void simulateJsonHasTheDocumentedKeysAndTheSimulatorsFigures() throws Exception {
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "pollux-1", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    RunSummary expected = Simulation.run(SimulationConfig.of(Presets.find(TWO_SU).build(),
        Workloads.load("pollux-1", 1), "topology-aware", 1), null).summary();
    assertThat(json.get("jobs").asInt()).isEqualTo(160);
    assertThat(json.get("completed").asInt()).isEqualTo(160);
    assertThat(json.get("avgJctSeconds").decimalValue()).isEqualByComparingTo(Numbers.decimal(expected.avgJctSeconds()));
    assertThat(json.get("p99JctSeconds").decimalValue()).isEqualByComparingTo(Numbers.decimal(expected.p99JctSeconds()));
    assertThat(json.get("makespanSeconds").decimalValue())
        .isEqualByComparingTo(Numbers.decimal(expected.makespanSeconds()));
    assertThat(json.get("utilization").asDouble()).isEqualTo(expected.utilization(), within(1e-9));
    assertThat(json.get("ettr").asDouble()).isEqualTo(1.0);
    assertThat(json.get("crossBytes").fieldNames()).toIterable().containsExactly("host", "su", "cluster");
    assertThat(json.get("crossBytes").get("su").asDouble()).isEqualTo(expected.crossBytes().get("su"),
        within(expected.crossBytes().get("su") * 1e-11));
    assertThat(json.get("wallSeconds").asDouble()).isNotNegative();
    assertThat(json.get("run").get("placement").get("name").asText()).isEqualTo("topology-aware");
    assertThat(json.get("run").get("queue").get("name").asText()).isEqualTo("fifo");
    assertThat(json.get("run").get("failures").isNull()).isTrue();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void simulatePrintsTheRunsFigures() {
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "tiresias", "--policy", "first-fit", "--failures",
        "published", "--checkpoint-interval", "600")).isZero();
    assertThat(out.toString()).contains("tiresias (60 jobs) on dgx-superpod-h100-2su (504 H100), first-fit placement,"
        + " fifo queue, seed 1, failures 3.79 per 1,000 node-days, checkpoints every 600 s", "jobs completed",
        "60 of 60", "p50 / p90 / p99 JCT", "makespan", "utilization", "ETTR", "bytes across cluster",
        "bytes across su", "wall time");
  }

  @Test
  void compareRunsEachPolicyLikeSimulateAndPrintsThemInOrder(@TempDir Path dir) throws Exception {
    assertThat(run("compare", "--preset", TWO_SU, "--workload", "pollux-1", "--policies", "first-fit,topology-aware",
        "--report", dir.resolve("table").toString())).isZero();
    String table = out.toString();
    assertThat(table).contains("policy", "completed", "mean JCT", "p99 JCT", "makespan", "utilization", "ETTR",
        "bytes across cluster", "bytes across su");
    assertThat(table.indexOf("first-fit")).isLessThan(table.indexOf("topology-aware"));
    out.getBuffer().setLength(0);

    assertThat(run("compare", "--preset", TWO_SU, "--workload", "pollux-1", "--policies", "first-fit,topology-aware",
        "--json", "--report", dir.resolve("json").toString())).isZero();
    JsonNode array = new ObjectMapper().readTree(out.toString());
    assertThat(array.size()).isEqualTo(2);
    assertThat(array.get(0).get("run").get("placement").get("name").asText()).isEqualTo("first-fit");
    assertThat(array.get(1).get("run").get("placement").get("name").asText()).isEqualTo("topology-aware");
    out.getBuffer().setLength(0);

    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "pollux-1", "--policy", "first-fit", "--json"))
        .isZero();
    ObjectNode alone = (ObjectNode) new ObjectMapper().readTree(out.toString());
    ObjectNode compared = (ObjectNode) array.get(0);
    alone.remove("wallSeconds");
    compared.remove("wallSeconds");
    assertThat(compared).isEqualTo(alone);
  }

  @Test
  void reportFoldersHoldTheDocumentedFiles(@TempDir Path dir) {
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "tiresias", "--report", dir.resolve("one").toString()))
        .isZero();
    assertThat(out.toString()).contains("Report written to " + dir.resolve("one"));
    for (String file : new String[] {"summary.json", "jobs.csv", "utilization.csv", "report.html",
        "charts/jct-cdf.png", "charts/ettr.png"}) {
      assertThat(dir.resolve("one").resolve(file)).isNotEmptyFile();
    }
    assertThat(run("compare", "--preset", TWO_SU, "--workload", "tiresias", "--policies", "topology-aware,slurm-tree",
        "--report", dir.resolve("two").toString(), "--json")).isZero();
    assertThat(dir.resolve("two").resolve("comparison.json")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("comparison.csv")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("report.html")).content().contains("topology-aware", "slurm-tree");
    assertThat(dir.resolve("two").resolve("charts").resolve("bytes-per-tier.png")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("slurm-tree").resolve("report.html")).doesNotExist();
    assertThat(dir.resolve("two").resolve("slurm-tree").resolve("jobs.csv")).isNotEmptyFile();
    assertThat(dir.resolve("two").resolve("topology-aware").resolve("summary.json")).hasSameBinaryContentAs(
        dir.resolve("one").resolve("summary.json"));
  }

  @Test
  void aMalformedWorkloadRowStopsTheRunWithFileLineAndReason(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("jobs.csv"),
        "id,submit_seconds,dp,duration_seconds\na,0,8,100\nb,10,zero,100\nc,20,4,50\n");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", file.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("podium simulate: " + file + ":3: ").contains("dp", "zero");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void skipBadRowsRunsAndReportsTheSkippedCount(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("jobs.csv"),
        "id,submit_seconds,dp,duration_seconds\na,0,8,100\nb,10,zero,100\nc,20,4,50\n");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", file.toString(), "--skip-bad-rows", "--json"))
        .isZero();
    assertThat(err.toString()).contains("podium simulate: skipped 1 malformed row of jobs", file + ":3: ");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("jobs").asInt()).isEqualTo(2);
    assertThat(json.get("completed").asInt()).isEqualTo(2);
    assertThat(json.get("run").get("workload").get("skippedRows").asInt()).isEqualTo(1);
    assertThat(json.get("run").get("workload").get("skippedExamples").get(0).asText()).startsWith(file + ":3: ");
  }

  @Test
  void badFailureFilesAndPoliciesAreNamed(@TempDir Path dir) throws Exception {
    Path failures = Files.writeString(dir.resolve("failures.json"), "{\"perThousandNodeDays\": 2, \"lemonFactor\": 0.5}");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "tiresias", "--failures", failures.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains(failures + ": field 'lemonFactor' must be >= 1, was 0.5");
    Files.writeString(failures, "{\"perThousandNodeDays\": \"often\"}");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "tiresias", "--failures", failures.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("field 'perThousandNodeDays' must be a number");
    assertThat(run("compare", "--preset", TWO_SU, "--workload", "tiresias", "--policies", "first-fit,best"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("podium compare: unknown placement policy 'best'");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "tiresias", "--queue-option", "half-life=x"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("policy fifo: unknown option 'half-life'");
  }

  @Test
  void aFailureFileRunsWithItsModel(@TempDir Path dir) throws Exception {
    Path failures = Files.writeString(dir.resolve("failures.json"),
        "{\"perThousandNodeDays\": 5000, \"repairSeconds\": 600, \"restartSeconds\": 60}");
    assertThat(run("simulate", "--preset", TWO_SU, "--workload", "pollux-1", "--policy", "first-fit", "--failures",
        failures.toString(), "--checkpoint-interval", "300", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("completed").asInt()).isEqualTo(160);
    assertThat(json.get("interruptions").asInt()).isPositive();
    assertThat(json.get("ettr").asDouble()).isLessThan(1);
    assertThat(json.get("run").get("failures").get("perThousandNodeDays").asInt()).isEqualTo(5000);
    assertThat(json.get("run").get("failures").get("detectionSeconds").asInt()).isEqualTo(150);
  }

  @Test
  void compareDefaultsToMetasRoceClusterAndTheReportsFolder(@TempDir Path dir) throws Exception {
    assertThat(run("compare", "--workload", "tiresias", "--policies", "topology-aware,first-fit", "--report",
        dir.toString())).isZero();
    assertThat(out.toString()).contains("tiresias (60 jobs) on meta-24k-roce (24,576 H100)",
        "Report written to " + dir + " (open " + dir.resolve("report.html") + ")");
    assertThat(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(CompareCommand.DEFAULT_REPORT).isEqualTo("reports/compare");
    out.getBuffer().setLength(0);
    assertThat(run("compare", "--help")).isZero();
    assertThat(out.toString()).contains("--preset meta-24k-roce", "synthetic:jobs=3000", "reports/compare");
  }

  @Test
  void simulateStillNeedsAWorkloadAndAFabric() {
    assertThat(run("simulate", "--preset", TWO_SU)).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--workload=SPEC'");
    assertThat(run("simulate", "--workload", "tiresias")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }
}
