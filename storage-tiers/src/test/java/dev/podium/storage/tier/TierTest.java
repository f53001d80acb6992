package dev.podium.storage.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.generate.FieldException;
import org.junit.jupiter.api.Test;

class TierTest {

  private static Tier warm(double read, double write, Burst burst) {
    return new Tier("w", TierKind.WARM, 1_000_000, read, write, burst, 0, "test");
  }

  @Test
  void negativeBandwidthIsRejectedNamingTheField() {
    assertThatThrownBy(() -> warm(-2e12, 2e12, Burst.NONE))
        .isInstanceOf(FieldException.class)
        .hasMessage("readBytesPerSecond: must be finite and > 0, was -2.0E12");
    assertThatThrownBy(() -> warm(2e12, 0, Burst.NONE))
        .hasMessage("writeBytesPerSecond: must be finite and > 0, was 0.0");
  }

  @Test
  void peakBelowTheSustainedRateIsRejected() {
    assertThatThrownBy(() -> warm(2e12, 2e12, new Burst(1e12, 1)))
        .hasMessageStartingWith("peakBytesPerSecond: must be >= the sustained read and write rates");
  }

  @Test
  void peakAndBurstDurationGoTogether() {
    assertThatThrownBy(() -> new Burst(7e12, 0))
        .hasMessage("burstSeconds: peakBytesPerSecond and burstSeconds go together: both > 0 or both absent");
    assertThatThrownBy(() -> new Burst(0, 1))
        .hasMessage("peakBytesPerSecond: peakBytesPerSecond and burstSeconds go together: both > 0 or both absent");
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new Tier("c", TierKind.COLD, 0, 1, 1, Burst.NONE, 0, ""))
        .hasMessage("capacityBytes: must be > 0, was 0");
  }

  @Test
  void peakRateAppliesToBothDirectionsOnlyWithABurst() {
    Tier tier = warm(2e12, 1e12, new Burst(7e12, 1));
    assertThat(tier.peakBytesPerSecond(Direction.READ)).isEqualTo(7e12);
    assertThat(tier.peakBytesPerSecond(Direction.WRITE)).isEqualTo(7e12);
    assertThat(tier.burst().budgetBytes()).isEqualTo(7e12);
    Tier sustained = tier.sustainedOnly();
    assertThat(sustained.peakBytesPerSecond(Direction.WRITE)).isEqualTo(1e12);
    assertThat(sustained.burst()).isEqualTo(Burst.NONE);
  }

  @Test
  void unknownTierKindNamesTheKnownOnes() {
    assertThat(TierKind.of("Warm")).isEqualTo(TierKind.WARM);
    assertThatThrownBy(() -> TierKind.of("lukewarm"))
        .hasMessage("unknown tier kind 'lukewarm'; known: hot, warm, cold");
  }

  @Test
  void hostNvmeAddsUpItsDrives() {
    Tier nvme = HostStorage.nvmeTier(HardwareCatalog.GEN4_NVME_3_84TB, 8);
    assertThat(nvme.kind()).isEqualTo(TierKind.HOT);
    assertThat(nvme.capacityBytes()).isEqualTo(8 * 3_840_000_000_000L);
    assertThat(nvme.readBytesPerSecond()).isEqualTo(56e9);
    assertThat(nvme.writeBytesPerSecond()).isEqualTo(32e9);
    assertThatThrownBy(() -> HostStorage.nvmeTier(HardwareCatalog.GEN4_NVME_3_84TB, 0))
        .hasMessage("drives: must be >= 1, was 0");
  }

  @Test
  void systemChecksTheKindOfEachTier() {
    StorageSystem system = StoragePresets.build("meta-tectonic", 4);
    assertThatThrownBy(() -> new StorageSystem("s", 4, system.host(), system.cold(), system.cold(), ""))
        .hasMessage("warm: must be a warm tier, was cold");
    assertThatThrownBy(() -> system.withShared(system.nvme()))
        .hasMessage("kind: a hot tier belongs to the host part, not the shared tiers");
    assertThat(system.withShared(StoragePresets.placeholderCold(system.warm())).cold().kind()).isEqualTo(TierKind.COLD);
  }
}
