package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium simulate --storage}: the JSON keys, durations, and every bad input named with its reason. */
class SimulateStorageTest {

  private static final String WORKLOAD = "synthetic:jobs=40,maxGpus=64,meanInterarrival=120,datasets=4";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private int simulate(String... more) {
    String[] base = {"simulate", "--preset", "dgx-superpod-h100-2su", "--workload", WORKLOAD};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void theJsonSummaryHasTheStorageFigures() throws IOException {
    assertThat(simulate("--storage", "dgx-superpod-best", "--checkpoint-mode", "async", "--checkpoint-interval",
        "10m", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("checkpointSeconds").asDouble()).isPositive();
    assertThat(json.get("dataStallSeconds").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(json.get("cacheHitRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("cacheReads").asLong()).isPositive();
    assertThat(json.get("storageBytes").get("warmWritten").asDouble()).isPositive();
    assertThat(json.get("storageBytes").get("hotWritten").asDouble()).isPositive();
    assertThat(json.get("run").get("checkpointSeconds").asDouble()).isEqualTo(600);
    assertThat(json.get("run").get("storage").get("source").asText()).isEqualTo("dgx-superpod-best");
    assertThat(json.get("run").get("storage").get("checkpointMode").asText()).isEqualTo("async");
  }

  @Test
  void withoutStorageTheJsonHasNoStorageKeys() throws IOException {
    assertThat(simulate("--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.has("dataStallSeconds")).isFalse();
    assertThat(json.has("storageBytes")).isFalse();
    assertThat(json.get("run").has("storage")).isFalse();
  }

  @Test
  void theTableShowsStorageRows() {
    assertThat(simulate("--storage", "meta-tectonic", "--stage-datasets")).isZero();
    assertThat(out.toString()).contains("storage meta-tectonic (blocking checkpoints, staged datasets)",
        "data stall", "checkpoint time", "cache hit rate", "warm tier read / written");
  }

  @Test
  void durationsTakeUnits() {
    assertThat(Units.durationSeconds("--x", "10m")).isEqualTo(600);
    assertThat(Units.durationSeconds("--x", "600s")).isEqualTo(600);
    assertThat(Units.durationSeconds("--x", "1h")).isEqualTo(3600);
    assertThat(Units.durationSeconds("--x", "1.5h")).isEqualTo(5400);
    assertThat(Units.durationSeconds("--x", "600")).isEqualTo(600);
    assertThat(Units.durationSeconds("--x", "250ms")).isCloseTo(0.25, within(1e-12));
    assertThat(Units.durationSeconds("--x", "2d")).isEqualTo(172_800);
    for (String bad : new String[] {"-5m", "0", "ten", "5 parsecs", "", "1e999"}) {
      assertThatThrownBy(() -> Units.durationSeconds("--x", bad)).as(bad).hasMessageContaining("--x")
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void badInputIsNamedWithItsReasonAndExitsWith2() throws IOException {
    assertThat(simulate("--storage", "tectonic")).isEqualTo(2);
    assertThat(err.toString()).contains("--storage", "'tectonic'", "meta-tectonic", "dgx-superpod-best");

    err.getBuffer().setLength(0);
    assertThat(simulate("--storage", "meta-tectonic", "--checkpoint-interval", "ten minutes")).isEqualTo(2);
    assertThat(err.toString()).contains("--checkpoint-interval", "'ten minutes'", "not a duration");

    err.getBuffer().setLength(0);
    assertThat(simulate("--storage", "meta-tectonic", "--checkpoint-mode", "lazy")).isEqualTo(2);
    assertThat(err.toString()).contains("--checkpoint-mode", "'lazy'", "blocking, async");

    err.getBuffer().setLength(0);
    assertThat(simulate("--checkpoint-mode", "async")).isEqualTo(2);
    assertThat(err.toString()).contains("--checkpoint-mode needs --storage");

    err.getBuffer().setLength(0);
    Path hosts = spec("hosts.yaml", "preset: dgx-superpod-best\nhosts: 5\n");
    assertThat(simulate("--storage", hosts.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(hosts.toString(), "hosts", "5 hosts", "63");
  }

  @Test
  void badStorageSpecsReachTheUserWithFileLineFieldAndReason() throws IOException {
    Path negative = spec("negative.yaml", """
        preset: dgx-superpod-best
        hosts: 63
        tiers:
          - kind: warm
            capacityBytes: 1 PB
            readBytesPerSecond: 100 GB/s
            writeBytesPerSecond: -200 GB/s
        """);
    assertThat(simulate("--storage", negative.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(negative + ":7: tiers[0].writeBytesPerSecond: must be > 0");

    err.getBuffer().setLength(0);
    Path small = spec("small.yaml", """
        preset: dgx-superpod-best
        hosts: 63
        tiers:
          - kind: warm
            capacityBytes: 100 MB
            readBytesPerSecond: 100 GB/s
            writeBytesPerSecond: 100 GB/s
        datasets:
          - name: web
            shardBytes: 512 MB
            shards: 10
        """);
    assertThat(simulate("--storage", small.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(small + ":5: tiers[0].capacityBytes:", "less than one shard",
        "dataset 'web'");

    err.getBuffer().setLength(0);
    Path unknown = spec("unknown.yaml", """
        preset: dgx-superpod-best
        hosts: 63
        tiers:
          - kind: lukewarm
            capacityBytes: 1 PB
            readBytesPerSecond: 100 GB/s
            writeBytesPerSecond: 100 GB/s
        """);
    assertThat(simulate("--storage", unknown.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(unknown + ":4: tiers[0].kind: unknown tier kind 'lukewarm'; known: hot,"
        + " warm, cold");
  }

  @Test
  void aGoodSpecFileRuns() throws IOException {
    Path lab = spec("lab.yaml", """
        name: lab
        preset: dgx-superpod-good
        hosts: 63
        datasets:
          - name: dataset-0
            shardBytes: 4 GB
            shards: 100
        """);
    assertThat(simulate("--storage", lab.toString(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("run").get("storage").get("datasets").get(0).get("shardBytes").asLong())
        .isEqualTo(4_000_000_000L);
    assertThat(json.get("cacheReads").asLong()).isPositive();
  }

  private Path spec(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
