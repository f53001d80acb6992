package dev.podium.storage.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.storage.share.Transfer;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.storage.tier.StorageSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointModelTest {

  private static final double GB = 1e9;
  private final StorageSystem pod = StoragePresets.build("dgx-superpod-good", 127);
  private final CheckpointModel model = new CheckpointModel(pod);
  private final CheckpointPlan llama70b = CheckpointPlan.of(ModelPresets.find("llama3-70b"), 1_016);

  @Test
  void asyncStallsOnlyForTheNvmeWriteAndDrainsAtTheWarmTierRate() {
    CheckpointCost async = model.cost(llama70b, 127, CheckpointMode.ASYNC);
    double perHost = llama70b.totalBytes() / 127;
    assertThat(async.bytesPerHost()).isEqualTo(perHost);
    assertThat(async.stallSeconds()).isCloseTo(perHost / pod.nvme().writeBytesPerSecond()
        + pod.nvme().latencySeconds(), within(1e-9));
    assertThat(async.drainSeconds()).isCloseTo(llama70b.totalBytes() / (30 * GB) + pod.warm().latencySeconds(),
        within(1e-9));
    CheckpointCost blocking = model.cost(llama70b, 127, CheckpointMode.BLOCKING);
    assertThat(async.stallSeconds()).isLessThan(blocking.stallSeconds() / 50);
    assertThat(blocking.drainSeconds()).isZero();
  }

  @Test
  void theDrainCompetesWithOtherWarmTraffic() {
    CheckpointCost alone = model.cost(llama70b, 127, CheckpointMode.ASYNC);
    // Another job loading data on 60 hosts, 200 GB each, for longer than the drain.
    List<Transfer> reads = List.of(new Transfer(Direction.READ, 200 * GB, 60, 4 * GB));
    CheckpointCost shared = model.cost(llama70b, 127, CheckpointMode.ASYNC, reads);
    assertThat(shared.drainSeconds()).isGreaterThan(alone.drainSeconds() * 1.2);
    assertThat(shared.stallSeconds()).isEqualTo(alone.stallSeconds());
  }

  @Test
  void aDrainLongerThanTheIntervalBlocksTheNextCheckpoint() {
    CheckpointCost async = model.cost(llama70b, 127, CheckpointMode.ASYNC);
    assertThat(async.blockedSeconds(600)).isEqualTo(async.stallSeconds());
    assertThat(async.blockedSeconds(30)).isCloseTo(async.stallSeconds() + async.drainSeconds() - 30, within(1e-9));
  }

  @Test
  void restoreReadsLocalCopiesFromNvmeAndTheRestFromTheWarmTier() {
    double perHost = llama70b.totalBytes() / 127;
    double fromWarm = model.restoreSeconds(llama70b, 127, 0, List.of());
    assertThat(fromWarm).isCloseTo(llama70b.totalBytes() / (60 * GB) + pod.warm().latencySeconds(), within(1e-9));
    // One replaced host reads its part alone, at its 4 GB/s per-node read ceiling.
    double oneLost = model.restoreSeconds(llama70b, 127, 126, List.of());
    assertThat(oneLost).isCloseTo(perHost / (4 * GB) + pod.warm().latencySeconds(), within(1e-9));
    double allLocal = model.restoreSeconds(llama70b, 127, 127, List.of());
    assertThat(allLocal).isCloseTo(perHost / pod.nvme().readBytesPerSecond() + pod.nvme().latencySeconds(),
        within(1e-9));
    assertThat(allLocal).isLessThan(oneLost).isLessThan(fromWarm);
  }

  @Test
  void aCheckpointThatDoesNotFitTheNvmeCannotBeStaged() {
    CheckpointPlan huge = CheckpointPlan.perRank("huge", 5e12, 8);
    assertThatThrownBy(() -> model.cost(huge, 1, CheckpointMode.ASYNC))
        .hasMessageContaining("do not fit the host NVMe");
  }

  @Test
  void planComesFromTheJobsModelAndGang() {
    JobSpec job = JobSpec.builder("j", new Parallelism(8, 1, 16, 8, 1)).model(ModelPresets.find("llama3-405b")).build();
    CheckpointPlan plan = CheckpointPlan.of(job);
    assertThat(plan.ranks()).isEqualTo(1_024);
    assertThat(plan.bytesPerRank()).isCloseTo(405e9 * 16 / 1_024, within(1.0));
    assertThat(CheckpointPlan.of(ModelPresets.find("llama3-405b"), 1_024, 14).totalBytes()).isEqualTo(405e9 * 14);
    JobSpec trace = JobSpec.builder("t", Parallelism.dataParallel(8)).build();
    assertThatThrownBy(() -> CheckpointPlan.of(trace)).hasMessage("job t: no model, so no checkpoint size");
  }

  @Test
  void hostsMustBeInTheSystemAndNoMoreThanRanks() {
    assertThatThrownBy(() -> model.cost(llama70b, 128, CheckpointMode.BLOCKING))
        .hasMessage("checkpoint llama3-70b: hosts must be in [1, 127] of storage dgx-superpod-good, was 128");
    assertThatThrownBy(() -> model.cost(CheckpointPlan.perRank("x", 1e9, 4), 8, CheckpointMode.BLOCKING))
        .hasMessage("checkpoint x: 8 hosts for 4 ranks");
  }
}
