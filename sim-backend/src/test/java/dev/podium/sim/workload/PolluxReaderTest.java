package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolluxReaderTest {

  private static Workload read(int n) {
    return PolluxReader.read(TestFiles.data().resolve("traces/pollux-workloads/workload-" + n + ".csv"),
        TestFiles.profiles(), 7, ReadOptions.defaults());
  }

  @Test
  void workloadOneHas160JobsOfOneTo32Gpus() {
    Workload w = read(1);
    assertThat(w.name()).isEqualTo("pollux-1");
    assertThat(w.size()).isEqualTo(160);
    assertThat(w.stats().sizeHistogram().firstKey()).isEqualTo(1);
    assertThat(w.stats().sizeHistogram().lastKey()).isEqualTo(32);
    assertThat(w.stats().firstSubmitSeconds()).isEqualTo(107);
  }

  @Test
  void theEightWorkloadsMatchTheDocumentedSizes() {
    List<Integer> sizes = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      Workload w = read(n);
      assertThat(w.size()).isEqualTo(160);
      w.jobs().forEach(job -> sizes.add(job.size()));
    }
    sizes.sort(null);
    assertThat(sizes.get(0)).isEqualTo(1);
    assertThat(sizes.get(sizes.size() - 1)).isEqualTo(48);
    assertThat(sizes.get(sizes.size() / 2)).isEqualTo(6);
    assertThat(sizes.stream().filter(s -> s > 8).count() / (double) sizes.size()).isCloseTo(0.278, within(0.001));
  }

  @Test
  void everyDurationIsUnderPolluxsTwelveHourLimit() {
    for (int n = 1; n <= 8; n++) {
      assertThat(read(n).jobs()).allSatisfy(job -> {
        assertThat(job.work().isSteps()).isFalse();
        assertThat(job.work().seconds()).isBetween(1.0, 12 * 3600.0);
      });
    }
  }

  @Test
  void aDurationIsStepsTimesTheProfiledStepTime() {
    // ncf-2: 1 replica, batch 32768; placements.csv has "1,32768,<step>,<sync>" exactly.
    JobSpec ncf = read(1).jobs().stream().filter(j -> j.id().equals("ncf-2")).findFirst().orElseThrow();
    PolluxApplication app = PolluxApplication.find("ncf");
    double step = PolluxProfile.load(TestFiles.profiles().resolve("ncf")).stepSeconds(app, 1, 32768);
    assertThat(ncf.work().seconds()).isEqualTo(app.steps(32768) * step);
    assertThat(app.steps(32768)).isEqualTo((10L * 4_970_845 + 32767) / 32768);
  }

  @Test
  void stepTimeInterpolatesAndAccumulatesLikePollux(@TempDir Path dir) {
    Path app = dir.resolve("toy");
    app.toFile().mkdirs();
    TestFiles.write(app, "placements.csv", "placement,local_bsz,step_time,sync_time",
        "24,10,1.0,0.2", "24,20,2.0,0.4", "44,20,3.0,1.0");
    TestFiles.write(app, "scalability.csv", "num_nodes,num_replicas,local_bsz,step_time,sync_time",
        "6,24,10,5.0,1.0", "6,24,20,7.0,1.0");
    PolluxProfile profile = PolluxProfile.load(app);
    PolluxApplication toy = new PolluxApplication("toy", 1, 100, 0, "test");
    // 6 replicas -> placement 24; batch 90 -> local 15 -> halfway between 10 and 20.
    assertThat(profile.stepSeconds(toy, 6, 90)).isCloseTo(1.5, within(1e-12));
    // batch 240 -> local 40 > 20: one extra accumulation step of 2.0 - 0.4.
    assertThat(profile.stepSeconds(toy, 6, 240)).isCloseTo(2.0 + 1.6, within(1e-12));
    // 24 replicas = 6 full nodes: not in placements, so scalability.csv.
    assertThat(profile.stepSeconds(toy, 24, 24 * 15)).isCloseTo(6.0, within(1e-12));
    assertThatThrownBy(() -> profile.stepSeconds(toy, 6, 30)).hasMessageContaining("covers local batch 10..20, not 5");
    assertThatThrownBy(() -> profile.stepSeconds(toy, 3, 30)).hasMessageContaining("neither placement 3 nor 1 nodes x 3 replicas");
  }

  @Test
  void sameSeedSameWorkload() {
    assertThat(read(3)).isEqualTo(read(3));
  }
}
