package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JMH's JSON result format read into trials. */
class JmhResultsTest {

  @Test
  void readsParametersScoresIterationsAndSecondaryMetrics() throws IOException {
    List<JmhResult> results = ReportFixtures.jmh("fabric-build");

    JmhResult first = results.get(0);
    assertThat(first.benchmark()).isEqualTo("dev.podium.benchmarks.FabricBuildBenchmark.build");
    assertThat(first.mode()).isEqualTo("avgt");
    assertThat(first.param("preset")).contains("dgx-superpod-h100-4su");
    assertThat(first.primary().unit()).isEqualTo("ms/op");
    assertThat(first.primary().samples()).hasSize(2);
    assertThat(first.primary().count()).isEqualTo(2);
    assertThat(first.primary().error()).as("JMH writes \"NaN\" for the error of two iterations").isNaN();
    assertThat(first.secondary("gc.alloc.rate.norm").orElseThrow().unit()).isEqualTo("B/op");
    assertThat(results.get(1).primary().error()).isEqualTo(446.2);
  }

  @Test
  void flattensOneShotPerForkInForkOrder() throws IOException {
    JmhResult cold = ReportFixtures.jmh("fabric-cold-build").get(0);

    assertThat(cold.primary().samples()).containsExactly(466.0, 854.0, 690.0, 841.0, 1093.0);
  }

  @Test
  void readsPercentilesAndCountsSampledCallsFromTheHistogram() throws IOException {
    JmhResult decision = ReportFixtures.jmh("placement-decision").get(0);

    assertThat(decision.primary().percentile(99.0)).contains(480.0);
    assertThat(decision.primary().percentile(100.0)).contains(9765.0);
    assertThat(decision.primary().percentile(99.9)).isEmpty();
    assertThat(decision.primary().samples()).isEmpty();
    assertThat(decision.primary().count()).isEqualTo(100);
  }

  @Test
  void aMissingScoreNamesTheTrialAndTheField() {
    String json = "[{\"benchmark\": \"b.C.m\", \"mode\": \"avgt\", \"primaryMetric\": {\"scoreUnit\": \"ms/op\"}}]";

    assertThatThrownBy(() -> JmhResults.parse(json, "x.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.json: trial 0 (b.C.m): field 'primaryMetric.score' is missing");
  }

  @Test
  void aTextScoreThatIsNotANumberIsRejected() {
    String json = "[{\"benchmark\": \"b.C.m\", \"mode\": \"avgt\", \"primaryMetric\": {\"score\": \"fast\","
        + " \"scoreUnit\": \"ms/op\"}}]";

    assertThatThrownBy(() -> JmhResults.parse(json, "x.json"))
        .hasMessage("x.json: trial 0 (b.C.m): field 'primaryMetric.score' must be a number, was 'fast'");
  }

  @Test
  void somethingOtherThanAResultArrayIsRejected() {
    assertThatThrownBy(() -> JmhResults.parse("{}", "x.json")).hasMessageContaining("x.json: expected JMH's JSON");
    assertThatThrownBy(() -> JmhResults.parse("[", "x.json")).hasMessageStartingWith("x.json: not JSON");
  }
}
