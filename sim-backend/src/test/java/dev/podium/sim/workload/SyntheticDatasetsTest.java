package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code datasets=N}: a Zipf-skewed dataset per job from its own stream, nothing else changed. */
class SyntheticDatasetsTest {

  @Test
  void datasetsAreAddedWithoutChangingAnythingElse() {
    Workload plain = Workloads.load("synthetic:jobs=500", 3);
    Workload withData = Workloads.load("synthetic:jobs=500,datasets=8", 3);
    for (int i = 0; i < plain.size(); i++) {
      JobSpec a = plain.jobs().get(i);
      JobSpec b = withData.jobs().get(i);
      assertThat(a.dataset()).isNull();
      assertThat(b.dataset()).matches("dataset-[0-7]");
      assertThat(b).usingRecursiveComparison().ignoringFields("dataset").isEqualTo(a);
    }
    assertThat(plain.provenance().parameters()).doesNotContainKey("datasets");
    assertThat(withData.provenance().parameters()).containsEntry("datasets", "8");
  }

  @Test
  void popularityFollowsTheSkew() {
    Map<String, Long> zipf = counts("synthetic:jobs=10000,datasets=10");
    Map<String, Long> uniform = counts("synthetic:jobs=10000,datasets=10,datasetSkew=0");
    // Zipf(1) over 10: the first dataset has 1/H(10) = 34% of jobs, the last 3.4%
    assertThat(zipf.get("dataset-0") / 10000.0).isBetween(0.32, 0.36);
    assertThat(zipf.get("dataset-9") / 10000.0).isBetween(0.025, 0.045);
    assertThat(uniform.get("dataset-0") / 10000.0).isBetween(0.08, 0.12);
    assertThat(uniform.get("dataset-9") / 10000.0).isBetween(0.08, 0.12);
    assertThat(counts("synthetic:jobs=10000,datasets=10")).isEqualTo(zipf);
  }

  @Test
  void badValuesNameTheKey() {
    assertThatThrownBy(() -> Workloads.load("synthetic:datasets=-1", 1)).hasMessageContaining("datasets")
        .hasMessageContaining("[0, 1000000]");
    assertThatThrownBy(() -> Workloads.load("synthetic:datasets=4,datasetSkew=-2", 1))
        .hasMessageContaining("datasetSkew").hasMessageContaining(">= 0");
  }

  private static Map<String, Long> counts(String spec) {
    return Workloads.load(spec, 5).jobs().stream()
        .collect(Collectors.groupingBy(JobSpec::dataset, Collectors.counting()));
  }
}
