package dev.podium.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report folders: the files and their columns, byte-identical for the same config, different for another seed. */
class ReportWriterTest {

  private static final Fabric FABRIC = Presets.find("dgx-superpod-h100-2su").build();
  private static final List<String> RUN_FILES =
      List.of(ReportWriter.SUMMARY, ReportWriter.JOBS, ReportWriter.UTILIZATION);

  @TempDir Path dir;

  /** Loads the workload afresh each time, so nothing is shared between two runs of the same config. */
  private static SimulationResult run(String workload, String policy, long seed) {
    return run(Workloads.load(workload, seed), policy, seed);
  }

  /** Runs with frequent failures and 5-minute checkpoints, and checks the invariants. */
  private static SimulationResult run(Workload workload, String policy, long seed) {
    SimulationConfig config = SimulationConfig.of(FABRIC, workload, policy, seed)
        .withFailures(RunInvariantsTest.frequentFailures())
        .withCheckpoints(300, 0);
    SimulationResult result = Simulation.run(config, null);
    RunInvariants.check(result);
    return result;
  }

  @Test
  void theSameConfigTwiceWritesTheSameBytes() throws IOException {
    ReportWriter.write(run("pollux-1", "topology-aware", 7), dir.resolve("a"));
    ReportWriter.write(run("pollux-1", "topology-aware", 7), dir.resolve("b"));
    for (String file : RUN_FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void theSameConfigTwiceDrawsTheSameReportOnTheSameJdk() throws IOException {
    ReportWriter.write(run("pollux-1", "topology-aware", 7), dir.resolve("a"));
    ReportWriter.write(run("pollux-1", "topology-aware", 7), dir.resolve("b"));
    assertThat(dir.resolve("b").resolve(ReportWriter.REPORT_HTML))
        .hasSameBinaryContentAs(dir.resolve("a").resolve(ReportWriter.REPORT_HTML));
    assertThat(dir.resolve("a").resolve(ReportWriter.CHARTS).resolve("jct-cdf.png")).isNotEmptyFile();
  }

  @Test
  void anotherSeedWithFailuresWritesOtherBytes() throws IOException {
    Workload workload = Workloads.load("pollux-1", 1);
    SimulationResult first = run(workload, "first-fit", 1);
    SimulationResult second = run(workload, "first-fit", 2);
    assertThat(first.summary().interruptions()).isPositive();
    assertThat(second.summary().interruptions()).isPositive();
    ReportWriter.write(first, dir.resolve("a"));
    ReportWriter.write(second, dir.resolve("b"));
    for (String file : RUN_FILES) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file)
          .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void summaryJsonHasTheFiguresThenTheRunDescription() throws IOException {
    SimulationResult result = run("tiresias", "first-fit", 1);
    ReportWriter.write(result, dir);
    String text = Files.readString(dir.resolve(ReportWriter.SUMMARY));
    JsonNode json = new ObjectMapper().readTree(text);
    assertThat(json.fieldNames()).toIterable().containsExactly("jobs", "completed", "rejected", "avgJctSeconds",
        "p50JctSeconds", "p90JctSeconds", "p99JctSeconds", "avgQueueingSeconds", "makespanSeconds", "utilization",
        "goodput", "ettr", "crossBytes", "fragmentation", "preemptions", "interruptions", "events", "run");
    assertThat(json.get("jobs").asInt()).isEqualTo(60);
    assertThat(json.get("completed").asInt()).isEqualTo(60);
    assertThat(json.get("crossBytes").fieldNames()).toIterable().containsExactly("host", "su", "cluster");
    assertThat(json.get("makespanSeconds").decimalValue())
        .isEqualByComparingTo(Numbers.decimal(result.summary().makespanSeconds()));
    JsonNode run = json.get("run");
    assertThat(run.get("fabric").get("name").asText()).isEqualTo("dgx-superpod-h100-2su");
    assertThat(run.get("fabric").get("accelerators").asInt()).isEqualTo(504);
    assertThat(run.get("workload").get("name").asText()).isEqualTo("tiresias");
    assertThat(run.get("workload").get("source").asText()).contains("tiresias-60-jobs.csv");
    assertThat(run.get("workload").get("parameters").get("seed").asText()).isEqualTo("1");
    assertThat(run.get("placement").get("name").asText()).isEqualTo("first-fit");
    assertThat(run.get("queue").get("name").asText()).isEqualTo("fifo");
    assertThat(run.get("seed").asLong()).isEqualTo(1);
    assertThat(run.get("failures").get("perThousandNodeDays").asDouble()).isEqualTo(5000);
    assertThat(run.get("checkpointSeconds").asDouble()).isEqualTo(300);
    assertThat(text).doesNotContain("\r", "E+", "E-", " : ").endsWith("}\n");
  }

  @Test
  void jobsCsvHasOneRowPerJobAndBytesPerLevel() throws IOException {
    SimulationResult result = run("pollux-1", "first-fit", 1);
    ReportWriter.write(result, dir);
    List<String> lines = Files.readAllLines(dir.resolve(ReportWriter.JOBS));
    assertThat(lines.get(0)).isEqualTo("id,tenant,accelerators,submitSeconds,firstStartSeconds,endSeconds,outcome,"
        + "reason,jctSeconds,queueingSeconds,interruptions,lostSeconds,productiveSeconds,"
        + "crossBytes.host,crossBytes.su,crossBytes.cluster");
    assertThat(lines).hasSize(1 + result.jobs().size());
    String[] first = lines.get(1).split(",", -1);
    assertThat(first).hasSize(16);
    assertThat(first[0]).isEqualTo(result.jobs().get(0).id());
    assertThat(first[6]).isEqualTo("completed");
    assertThat(lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",", -1)[13])).sum())
        .isCloseTo(result.summary().crossBytes().get("host"), org.assertj.core.data.Percentage.withPercentage(1e-6));

    List<String> utilization = Files.readAllLines(dir.resolve(ReportWriter.UTILIZATION));
    assertThat(utilization.get(0)).isEqualTo("timeSeconds,busyAccelerators,utilization");
    assertThat(utilization).hasSizeGreaterThan(2);
    double lastTime = -1;
    for (String line : utilization.subList(1, utilization.size())) {
      String[] cells = line.split(",");
      double time = Double.parseDouble(cells[0]);
      assertThat(time).isGreaterThan(lastTime);
      lastTime = time;
      assertThat(Integer.parseInt(cells[1])).isBetween(0, 504);
      assertThat(Double.parseDouble(cells[2])).isEqualTo(Double.parseDouble(cells[1]) / 504, within());
    }
    assertThat(utilization.get(utilization.size() - 1)).contains(",0,0");
  }

  @Test
  void aComparisonWritesItsFilesAndOneFolderPerPolicy() throws IOException {
    List<SimulationResult> results = List.of(run("tiresias", "topology-aware", 1), run("tiresias", "first-fit", 1));
    ReportWriter.writeComparison(results, dir);
    List<String> csv = Files.readAllLines(dir.resolve(ReportWriter.COMPARISON_CSV));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).startsWith("placement,jobs,completed,rejected,avgJctSeconds,")
        .endsWith(",crossBytes.host,crossBytes.su,crossBytes.cluster");
    assertThat(csv.get(1)).startsWith("topology-aware,60,60,0,");
    assertThat(csv.get(2)).startsWith("first-fit,60,60,0,");
    JsonNode json = new ObjectMapper().readTree(dir.resolve(ReportWriter.COMPARISON_JSON).toFile());
    assertThat(json.size()).isEqualTo(2);
    assertThat(json.get(1).get("run").get("placement").get("name").asText()).isEqualTo("first-fit");
    for (String policy : List.of("topology-aware", "first-fit")) {
      for (String file : RUN_FILES) {
        assertThat(dir.resolve(policy).resolve(file)).isRegularFile();
      }
    }
    String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<table id=\"figures\">", "topology-aware", "first-fit",
        "data-charts=\"5\"");
    assertThat(html.split("<img class=\"chart\"", -1)).hasSize(6);
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(6);
    assertThat(html).doesNotContain("http://", "https://", "<link", "src=\"charts/");
    for (String chart : List.of("jct-cdf", "queueing-cdf", "utilization", "bytes-per-tier", "ettr")) {
      byte[] png = Files.readAllBytes(dir.resolve(ReportWriter.CHARTS).resolve(chart + ".png"));
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      assertThat(html).contains(java.util.Base64.getEncoder().encodeToString(png));
    }
    assertThatThrownBy(() -> ReportWriter.writeComparison(List.of(results.get(0), results.get(0)), dir))
        .hasMessageContaining("'topology-aware' appears twice");
  }

  @Test
  void numbersHaveTwelveSignificantDigitsInPlainNotation() {
    assertThat(Numbers.text(30.0)).isEqualTo("30");
    assertThat(Numbers.text(-0.0)).isEqualTo("0");
    assertThat(Numbers.text(0.1)).isEqualTo("0.1");
    assertThat(Numbers.text(1253.9435429764687)).isEqualTo("1253.94354298");
    assertThat(Numbers.text(2.18591543423883264E17)).isEqualTo("218591543424000000");
    assertThat(Numbers.text(2e-7)).isEqualTo("0.0000002");
    assertThat(Numbers.text(Double.NaN)).isEmpty();
    assertThat(Numbers.json(Double.POSITIVE_INFINITY).isNull()).isTrue();
    assertThat(Csv.quoted("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportWriter.folderName("my policy/v2")).isEqualTo("my_policy_v2");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
