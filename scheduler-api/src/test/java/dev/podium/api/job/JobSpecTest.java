package dev.podium.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobSpecTest {

  @Test
  void rankIndicesAreInnermostFirst() {
    Parallelism p = new Parallelism(8, 2, 4, 16, 1);
    int rank = p.rank(3, 1, 2, 5);
    assertThat(rank).isEqualTo(((5 * 4 + 2) * 2 + 1) * 8 + 3);
    assertThat(p.tpIndex(rank)).isEqualTo(3);
    assertThat(p.cpIndex(rank)).isEqualTo(1);
    assertThat(p.ppIndex(rank)).isEqualTo(2);
    assertThat(p.dpIndex(rank)).isEqualTo(5);
  }

  @Test
  void zeroOrNegativeDimensionsAreRejectedByName() {
    assertThatThrownBy(() -> new Parallelism(0, 1, 1, 1, 1)).hasMessage("parallelism: tp must be >= 1, was 0");
    assertThatThrownBy(() -> new Parallelism(8, 1, -2, 1, 1)).hasMessage("parallelism: pp must be >= 1, was -2");
    assertThatThrownBy(() -> new Parallelism(1, 1, 1, 6, 4)).hasMessage("parallelism: ep=4 must divide dp=6");
  }

  @Test
  void aModelThatDoesNotFitTheParallelismIsRejected() {
    ModelSpec llama = ModelPresets.find("llama3-70b");
    assertThatThrownBy(() -> JobSpec.builder("j1", new Parallelism(3, 1, 1, 1, 1)).model(llama).build())
        .hasMessageContaining("job j1").hasMessageContaining("tp=3 must divide attentionHeads=64");
    assertThatThrownBy(() -> JobSpec.builder("j2", new Parallelism(8, 1, 4, 3, 1)).model(llama).build())
        .hasMessageContaining("globalBatchSequences=512 must be a multiple of dp x microBatchSequences = 3");
    assertThatThrownBy(() -> JobSpec.builder("j3", new Parallelism(8, 1, 128, 1, 1)).model(llama).build())
        .hasMessageContaining("pp=128 exceeds layers=80");
    assertThatThrownBy(() -> JobSpec.builder("j4", new Parallelism(8, 1, 1, 4, 2)).model(llama).build())
        .hasMessageContaining("ep=2 must divide the model's experts=1");
  }

  @Test
  void unknownModelNamesTheKnownOnes() {
    assertThatThrownBy(() -> ModelPresets.find("llama4")).hasMessageContaining("unknown model 'llama4'")
        .hasMessageContaining("llama3-405b");
  }

  @Test
  void jobWithoutModelHasAnEmptyPlan() {
    JobSpec job = JobSpec.builder("trace-1", Parallelism.dataParallel(4)).work(Work.seconds(3600)).build();
    assertThat(job.plan().traffic()).isEmpty();
    assertThat(job.size()).isEqualTo(4);
  }

  @Test
  void workNeedsExactlyOneOfStepsOrSeconds() {
    assertThatThrownBy(() -> new Work(10, 5)).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new Work(0, 0)).hasMessageContaining("exactly one");
    assertThat(Work.steps(3).isSteps()).isTrue();
  }
}
