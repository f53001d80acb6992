package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadsTest {

  @Test
  void namedTracesLoad() {
    assertThat(Workloads.load("tiresias", 1).size()).isEqualTo(60);
    assertThat(Workloads.load("pollux-8", 1).name()).isEqualTo("pollux-8");
    assertThat(Workloads.load("synthetic", 1).size()).isEqualTo(1000);
  }

  @Test
  void aTraceFileIsRecognisedByItsHeader(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(TestFiles.data().resolve("traces/tiresias-60-jobs.csv"), dir.resolve("mine.csv"));
    Workload w = Workloads.load(copy.toString(), 1);
    assertThat(w.name()).isEqualTo("tiresias");
    assertThat(w.jobs()).isEqualTo(Workloads.load("tiresias", 1).jobs());
    Path pollux = Files.copy(TestFiles.data().resolve("traces/pollux-workloads/workload-2.csv"),
        dir.resolve("workload-2.csv"));
    assertThat(Workloads.load(pollux.toString(), 1).jobs()).isEqualTo(Workloads.load("pollux-2", 1).jobs());
  }

  @Test
  void badSpecsSayWhatIsAccepted() {
    assertThatThrownBy(() -> Workloads.load("pollux-9", 1)).hasMessage("workload 'pollux-9': Pollux workloads are"
        + " numbered 1..8");
    assertThatThrownBy(() -> Workloads.load("alibaba", 1)).hasMessageContaining("unknown workload 'alibaba'")
        .hasMessageContaining("pollux-1..pollux-8");
    assertThatThrownBy(() -> Workloads.load("/no/such/jobs.csv", 1)).isInstanceOf(WorkloadFormatException.class)
        .hasMessage("/no/such/jobs.csv:0: no such file");
  }

  @Test
  void theDataFolderComesFromTheSettingOrAnAncestor(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("shared/data/traces")).getParent();
    Path deep = Files.createDirectories(dir.resolve("project/module"));
    assertThat(DataFolder.locate(null, null, deep)).isEqualTo(data);
    assertThat(DataFolder.locate(null, data.toString(), Path.of("/"))).isEqualTo(data);
    assertThat(DataFolder.locate(data.toString(), "/elsewhere", Path.of("/"))).isEqualTo(data);
    assertThatThrownBy(() -> DataFolder.locate(dir.toString(), null, deep))
        .hasMessageContaining("-Dpodium.data=" + dir + " is not a data folder");
    Path lonely = Files.createDirectories(dir.resolve("lonely"));
    Files.delete(data.resolve("traces"));
    assertThatThrownBy(() -> DataFolder.locate(null, "", lonely)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bundled traces not found").hasMessageContaining("podium.data")
        .hasMessageContaining("PODIUM_DATA");
  }

  @Test
  void aWorkloadSortsItsJobsAndRejectsDuplicateIds() {
    JobSpec late = JobSpec.builder("b", Parallelism.dataParallel(2)).submitSeconds(10).work(Work.seconds(5)).build();
    JobSpec early = JobSpec.builder("z", Parallelism.dataParallel(1)).submitSeconds(1).work(Work.steps(5)).build();
    JobSpec tie = JobSpec.builder("a", Parallelism.dataParallel(1)).submitSeconds(10).work(Work.seconds(3600)).build();
    Provenance source = Provenance.of("test", java.util.Map.of());
    Workload w = new Workload("w", List.of(late, early, tie), source, SkippedRows.none());
    assertThat(w.jobs()).containsExactly(early, tie, late);
    WorkloadStats stats = w.stats();
    assertThat(stats.jobsInSteps()).isEqualTo(1);
    assertThat(stats.gpuHours()).isEqualTo(1.0 + 10.0 / 3600);
    assertThat(stats.summary()).startsWith("3 jobs (1 in steps), 1.0 GPU-hours, submits 1..10 s, sizes 1:2 2:1");
    assertThatThrownBy(() -> new Workload("w", List.of(late, late), source, SkippedRows.none()))
        .hasMessage("workload w: job id 'b' appears twice");
  }
}
