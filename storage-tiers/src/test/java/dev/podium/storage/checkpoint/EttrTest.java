package dev.podium.storage.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.ModelPresets;
import dev.podium.storage.tier.StoragePresets;
import org.junit.jupiter.api.Test;

class EttrTest {

  @Test
  void reproducesTheRscFigures() {
    // hardware.md §2.2: 16K GPUs (2,048 nodes) at RSC-1's 6.50 per 1,000 node-days, u0 = 5 min,
    // non-blocking checkpoints: 0.676 at 60-min and 0.931 at 5-min intervals (published: ~0.7, 0.93).
    assertThat(Ettr.expected(2_048, 6.50, 300, 3_600, 0)).isCloseTo(0.676, within(0.001));
    assertThat(Ettr.expected(2_048, 6.50, 300, 300, 0)).isCloseTo(0.931, within(0.001));
  }

  @Test
  void isClampedAtZeroWhenFailuresOutrunTheInterval() {
    assertThat(Ettr.expected(16_384, 6.50, 1_200, 7_200, 0)).isZero();
  }

  @Test
  void blockingCheckpointsLowerEttrAndAsyncStagingRecoversIt() {
    // Checkpoint-heavy: Llama 3 70B on a 4-SU SuperPOD with 'good' storage (30 GB/s aggregate write),
    // every 10 minutes, RSC-1 failure rate, 10-minute restart.
    CheckpointModel model = new CheckpointModel(StoragePresets.build("dgx-superpod-good", 127));
    CheckpointPlan plan = CheckpointPlan.of(ModelPresets.find("llama3-70b"), 1_016);
    double interval = 600;
    double restart = 600;
    CheckpointCost blocking = model.cost(plan, 127, CheckpointMode.BLOCKING);
    CheckpointCost async = model.cost(plan, 127, CheckpointMode.ASYNC);
    double free = Ettr.expected(127, 6.50, restart + blocking.restoreSeconds(), interval, 0);
    double withBlocking = Ettr.expected(blocking, 6.50, restart, interval);
    double withAsync = Ettr.expected(async, 6.50, restart, interval);

    assertThat(blocking.stallSeconds()).isCloseTo(37.7, within(0.1));
    assertThat(withBlocking).isLessThan(free - 0.05);
    assertThat(withAsync).isGreaterThan(withBlocking + 0.05).isCloseTo(free, within(0.001));
  }
}
