package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
}
