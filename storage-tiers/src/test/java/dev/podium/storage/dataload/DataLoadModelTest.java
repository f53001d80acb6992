package dev.podium.storage.dataload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.share.Transfer;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.storage.tier.StorageSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLoadModelTest {

  private static final double GB = 1e9;
  private final StorageSystem pod = StoragePresets.build("dgx-superpod-better", 127);
  private final DataLoadModel model = new DataLoadModel(pod);

  @Test
  void hitsComeFromNvmeAndMissesFromTheWarmTierInParallel() {
    DataLoadTime time = model.time(16, 8 * GB, 0.75);
    assertThat(time.nvmeSeconds()).isCloseTo(6 * GB / pod.nvme().readBytesPerSecond() + pod.nvme().latencySeconds(),
        within(1e-9));
    // 16 hosts x 8 GB/s per-node read ceiling = 128 GB/s < the 160 GB/s aggregate.
    assertThat(time.warmSeconds()).isCloseTo(2 * GB / (8 * GB) + pod.warm().latencySeconds(), within(1e-9));
    assertThat(time.seconds()).isEqualTo(Math.max(time.nvmeSeconds(), time.warmSeconds()));
    assertThat(time.exposedSeconds(0.2)).isCloseTo(time.seconds() - 0.2, within(1e-12));
    assertThat(time.exposedSeconds(10)).isZero();
  }

  @Test
  void aHigherHitRateLoadsFaster() {
    assertThat(model.time(127, 8 * GB, 0.9).seconds()).isLessThan(model.time(127, 8 * GB, 0.1).seconds());
  }

  @Test
  void otherTrafficSlowsTheMisses() {
    double alone = model.time(127, 4 * GB, 0).seconds();
    double shared = model.time(127, 4 * GB, 0, List.of(new Transfer(Direction.WRITE, 50 * GB, 20, 4 * GB))).seconds();
    assertThat(shared).isGreaterThan(alone);
  }

  @Test
  void stagingADatasetReadsItOnceFromTheWarmTier() {
    Dataset data = new Dataset("web", 1_000_000_000L, 12_700);
    assertThat(model.stagingSeconds(data, 127)).isCloseTo(12_700 * GB / (160 * GB) + pod.warm().latencySeconds(),
        within(1e-9));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> model.time(128, GB, 0)).hasMessage("data load: hosts must be in [1, 127], was 128");
    assertThatThrownBy(() -> model.time(1, GB, 1.5)).hasMessage("data load: hitRate must be in [0, 1], was 1.5");
  }
}
