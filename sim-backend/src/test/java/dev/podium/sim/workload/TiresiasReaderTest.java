package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TiresiasReaderTest {

  @Test
  void readsSixtyJobsWithTheirDurations() {
    Workload w = TiresiasReader.read(TestFiles.data().resolve("traces/tiresias-60-jobs.csv"), 1, ReadOptions.defaults());
    assertThat(w.size()).isEqualTo(60);
    assertThat(w.stats().sizeHistogram()).isEqualTo(new TreeMap<>(Map.of(1, 30, 2, 10, 4, 10, 8, 10)));
    assertThat(w.stats().firstSubmitSeconds()).isZero();
    // 1,8,30,133,vgg11,147,23
    JobSpec job = w.jobs().stream().filter(j -> j.id().equals("1")).findFirst().orElseThrow();
    assertThat(job.size()).isEqualTo(8);
    assertThat(job.submitSeconds()).isEqualTo(30);
    assertThat(job.work().seconds()).isEqualTo(147);
  }
}
