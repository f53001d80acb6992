package dev.podium.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage figures in summary.json, jobs.csv, comparison.csv and report.html, and only with storage. */
class StorageReportTest {

  private static final Fabric FABRIC = Presets.find("dgx-superpod-h100-2su").build();

  @TempDir Path dir;

  private static SimulationResult run(String policy) {
    SimulationConfig config = SimulationConfig.of(FABRIC,
        Workloads.load("synthetic:jobs=60,maxGpus=64,meanInterarrival=60,datasets=4", 2), policy, 2)
        .withCheckpoints(600, 0).withStorage(StorageConfig.preset("dgx-superpod-better", FABRIC));
    SimulationResult result = Simulation.run(config, null);
    RunInvariants.check(result);
    return result;
  }

  @Test
  void theReportFilesCarryTheStorageFigures() throws IOException {
    SimulationResult result = run("topology-aware");
    ReportWriter.write(result, dir);

    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve(ReportWriter.SUMMARY)));
    List<String> keys = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys.subList(keys.indexOf("events"), keys.size())).containsExactly("events", "dataStallSeconds",
        "checkpointSeconds", "cacheHitRate", "stagingSeconds", "restoreSeconds", "cacheHits", "cacheReads",
        "cacheEvictions", "storageBytes", "run");
    assertThat(json.get("storageBytes").fieldNames()).toIterable().containsExactly("hotRead", "hotWritten",
        "warmRead", "warmWritten", "coldRead", "coldWritten");
    assertThat(json.get("checkpointSeconds").asDouble()).isPositive();
    assertThat(json.get("cacheHitRate").asDouble()).isEqualTo(result.summary().storage().cacheHitRate(),
        within(1e-9));
    assertThat(json.get("run").get("storage").get("source").asText()).isEqualTo("dgx-superpod-better");

    List<String> jobs = Files.readAllLines(dir.resolve(ReportWriter.JOBS));
    List<String> header = List.of(jobs.get(0).split(","));
    assertThat(header).endsWith(RunTables.STORAGE_COLUMNS.toArray(String[]::new));
    int stall = header.indexOf("dataStallSeconds");
    int warmWritten = header.indexOf("warmWrittenBytes");
    double stallSum = 0;
    double written = 0;
    for (String line : jobs.subList(1, jobs.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSize(header.size());
      stallSum += Double.parseDouble(cells[stall]);
      written += Double.parseDouble(cells[warmWritten]);
    }
    assertThat(stallSum).isCloseTo(result.summary().storage().dataStallSeconds(), within(1e-3));
    assertThat(written).isCloseTo(result.summary().storage().warmWrittenBytes(), within(1e3));

    String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
    assertThat(html).contains("<dt>storage</dt>", "dgx-superpod-better", "data stall", "cache hit rate",
        "warm written");
  }

  @Test
  void aComparisonAddsTheStorageColumns() throws IOException {
    ReportWriter.writeComparison(List.of(run("topology-aware"), run("first-fit")), dir);
    List<String> csv = Files.readAllLines(dir.resolve(ReportWriter.COMPARISON_CSV));
    assertThat(csv.get(0)).endsWith(String.join(",", RunTables.STORAGE_COLUMNS));
    assertThat(csv).hasSize(3);
  }

  @Test
  void withoutStorageNothingIsAdded() throws IOException {
    SimulationConfig config = SimulationConfig.of(FABRIC, Workloads.load("synthetic:jobs=20,maxGpus=64", 2),
        "first-fit", 2);
    ReportWriter.write(Simulation.run(config, null), dir);
    assertThat(Files.readString(dir.resolve(ReportWriter.SUMMARY))).doesNotContain("dataStallSeconds", "storage");
    assertThat(Files.readAllLines(dir.resolve(ReportWriter.JOBS)).get(0)).doesNotContain("dataStallSeconds");
    assertThat(Files.readString(dir.resolve(ReportWriter.REPORT_HTML))).doesNotContain("data stall",
        "<dt>storage</dt>");
  }
}
