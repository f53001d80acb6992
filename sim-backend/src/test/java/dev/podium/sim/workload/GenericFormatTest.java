package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import org.junit.jupiter.api.Test;

class GenericFormatTest {

  @Test
  void theCsvJsonAndJsonLinesExamplesHoldTheSameJobs() {
    Workload csv = Workloads.load(TestFiles.examples().resolve("small.csv").toString(), 1);
    Workload json = Workloads.load(TestFiles.examples().resolve("small.json").toString(), 1);
    Workload lines = Workloads.load(TestFiles.examples().resolve("small.jsonl").toString(), 1);
    assertThat(csv.size()).isEqualTo(6);
    assertThat(json.jobs()).isEqualTo(csv.jobs());
    assertThat(lines.jobs()).isEqualTo(csv.jobs());
    assertThat(json.provenance().parameters()).containsEntry("form", "array");
    assertThat(lines.provenance().parameters()).containsEntry("form", "lines");
  }

  @Test
  void fieldsAndDefaultsAreAsWritten() {
    Workload w = Workloads.load(TestFiles.examples().resolve("small.csv").toString(), 1);
    JobSpec pretrain = w.jobs().get(0);
    assertThat(pretrain.id()).isEqualTo("pretrain-70b");
    assertThat(pretrain.parallelism()).isEqualTo(new Parallelism(8, 1, 4, 8, 1));
    assertThat(pretrain.model().name()).isEqualTo("llama3-70b");
    assertThat(pretrain.tenant()).isEqualTo("research");
    assertThat(pretrain.priority()).isEqualTo(10);
    assertThat(pretrain.work()).isEqualTo(Work.steps(1000));
    JobSpec eval = w.jobs().stream().filter(j -> j.id().equals("eval-b")).findFirst().orElseThrow();
    assertThat(eval.parallelism()).isEqualTo(Parallelism.dataParallel(1));
    assertThat(eval.model()).isNull();
    assertThat(eval.priority()).isZero();
    assertThat(eval.work()).isEqualTo(Work.seconds(900));
    assertThat(w.jobs()).extracting(JobSpec::id)
        .containsExactly("pretrain-70b", "finetune-8b", "moe-sweep", "eval-a", "eval-b", "long-405b");
  }
}
