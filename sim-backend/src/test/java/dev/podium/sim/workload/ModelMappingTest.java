package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ModelMappingTest {

  @Property(tries = 300)
  void everyAssignmentIsAValidJobOfTheGivenSize(@ForAll long seed, @ForAll @AlphaChars @StringLength(min = 1, max = 12)
      String id, @ForAll @IntRange(min = 1, max = 20_000) int gpus) {
    JobSpec job = ModelMapping.seeded(seed).builder(id, gpus).work(Work.seconds(60)).build();
    assertThat(job.size()).isEqualTo(gpus);
    assertThat(job.model()).isNotNull();
    assertThat(job.model().globalBatchSequences() / job.parallelism().dp()).isGreaterThanOrEqualTo(job.parallelism().pp());
  }

  @Property(tries = 200)
  void powersOfTwoFromTheTracesGetTheDocumentedShapes(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 14) int log2) {
    int gpus = 1 << log2;
    ModelMapping.Assignment a = ModelMapping.seeded(seed).assign("job", gpus);
    Parallelism p = a.parallelism();
    if (gpus <= 8) {
      assertThat(p).isEqualTo(Parallelism.dataParallel(gpus));
      assertThat(a.model().name()).isEqualTo("llama3-8b");
    } else {
      assertThat(p.tp()).isEqualTo(8);
      if (gpus < 128) {
        assertThat(p.pp()).isEqualTo(1);
        assertThat(a.model().name()).isIn("llama3-8b", "llama3-70b", "mixtral-8x7b");
      } else if (gpus < 1024) {
        assertThat(a.model().name()).isIn("llama3-70b", "gpt3-175b");
      } else {
        assertThat(a.model().name()).isIn("gpt3-175b", "llama3-405b", "deepseek-v3");
      }
    }
  }

  @Property(tries = 200)
  void sameSeedAndIdSameAssignment(@ForAll long seed, @ForAll @StringLength(min = 1, max = 8) @AlphaChars String id,
      @ForAll @IntRange(min = 1, max = 5000) int gpus) {
    assertThat(ModelMapping.seeded(seed).assign(id, gpus)).isEqualTo(ModelMapping.seeded(seed).assign(id, gpus));
  }

  @Test
  void llama405bAt16kGpusMatchesTheLlama3Layout() {
    for (long seed = 0; seed < 50; seed++) {
      ModelMapping.Assignment a = ModelMapping.seeded(seed).assign("big", 16_384);
      if (a.model().name().equals("llama3-405b")) {
        // L3 Table 4: TP8 CP1 PP16 DP128, 16M tokens = 2,048 sequences per batch.
        assertThat(a.parallelism()).isEqualTo(new Parallelism(8, 1, 16, 128, 1));
        assertThat(a.model().globalBatchSequences()).isEqualTo(2048);
        return;
      }
    }
    throw new AssertionError("no seed in 0..49 drew llama3-405b");
  }

  @Test
  void oddSizesFallBackToSmallerTensorParallelism() {
    ModelMapping mapping = ModelMapping.seeded(3);
    assertThat(mapping.assign("a", 12).parallelism().tp()).isEqualTo(4);
    assertThat(mapping.assign("a", 6).parallelism()).isEqualTo(Parallelism.dataParallel(6));
    assertThat(mapping.assign("a", 130).parallelism().tp()).isEqualTo(2);
    assertThat(mapping.assign("a", 131).parallelism().tp()).isEqualTo(1);
  }

  @Test
  void offLeavesJobsDataParallelWithoutAModel() {
    ModelMapping.Assignment a = ModelMapping.off().assign("x", 64);
    assertThat(a.parallelism()).isEqualTo(Parallelism.dataParallel(64));
    assertThat(a.model()).isNull();
  }
}
