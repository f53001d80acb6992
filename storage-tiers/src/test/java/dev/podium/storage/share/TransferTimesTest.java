package dev.podium.storage.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.storage.tier.Burst;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.Tier;
import dev.podium.storage.tier.TierKind;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TransferTimesTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  private static Tier tier(double rate, Burst burst) {
    return new Tier("t", TierKind.WARM, Long.MAX_VALUE, rate, rate, burst, 0, "test");
  }

  @Test
  void theBurstBudgetRunsAtPeakThenSustained() {
    Tier tier = tier(2, new Burst(7, 0.5));
    // 3.5 bytes at 7/s in 0.5 s, then 2.5 bytes at 2/s.
    assertThat(TransferTimes.of(tier, new Transfer(Direction.WRITE, 6, 1, INF))).isCloseTo(0.5 + 1.25, within(1e-12));
    assertThat(TransferTimes.of(tier, new Transfer(Direction.WRITE, 3, 1, INF))).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(TransferTimes.burstSeconds(6, 7, 2, 0.5)).isCloseTo(1.75, within(1e-12));
  }

  @Test
  void aFinishedTransferHandsItsBandwidthToTheOthers() {
    Tier tier = tier(100, Burst.NONE);
    double[] finish = TransferTimes.of(tier, List.of(new Transfer(Direction.READ, 10, 1, INF),
        new Transfer(Direction.READ, 100, 1, INF)));
    // Both at 50 until the small one ends at 0.2 s (the big one has 90 left), then 100 alone: 0.9 s more.
    assertThat(finish[0]).isCloseTo(0.2, within(1e-12));
    assertThat(finish[1]).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void latencyIsAddedOnceAndEmptyTransfersTakeJustIt() {
    Tier tier = new Tier("t", TierKind.COLD, 1_000, 10, 10, Burst.NONE, 0.01, "test");
    double[] finish = TransferTimes.of(tier, List.of(new Transfer(Direction.READ, 0, 5, INF),
        new Transfer(Direction.READ, 10, 1, INF)));
    assertThat(finish[0]).isEqualTo(0.01);
    assertThat(finish[1]).isCloseTo(1.01, within(1e-12));
  }

  @Property(tries = 300)
  void oneGroupMatchesTheBurstFormula(@ForAll @DoubleRange(min = 1, max = 1e6) double bytes,
      @ForAll @IntRange(min = 1, max = 64) int count, @ForAll @DoubleRange(min = 0.5, max = 1e4) double cap,
      @ForAll @DoubleRange(min = 0.01, max = 5) double burstSeconds) {
    Tier tier = tier(1_000, new Burst(3_500, burstSeconds));
    double peakShare = Math.min(cap, 3_500.0 / count);
    double sustainedShare = Math.min(cap, 1_000.0 / count);
    double expected = TransferTimes.burstSeconds(bytes, peakShare, sustainedShare, burstSeconds);
    assertThat(TransferTimes.of(tier, new Transfer(Direction.WRITE, bytes, count, cap)))
        .isCloseTo(expected, within(expected * 1e-9));
  }

  @Property(tries = 300)
  void nothingBeatsTheTierOrTheLink(@ForAll @DoubleRange(min = 1, max = 1e6) double small,
      @ForAll @DoubleRange(min = 1, max = 1e6) double large, @ForAll @IntRange(min = 1, max = 32) int readers,
      @ForAll @IntRange(min = 1, max = 32) int writers, @ForAll @DoubleRange(min = 1, max = 1e3) double cap) {
    Tier tier = new Tier("t", TierKind.WARM, Long.MAX_VALUE, 1_000, 500, new Burst(2_000, 0.1), 0, "test");
    List<Transfer> transfers = List.of(new Transfer(Direction.READ, small, readers, cap),
        new Transfer(Direction.WRITE, large, writers, cap));
    double[] finish = TransferTimes.of(tier, transfers);
    double end = Math.max(finish[0], finish[1]);
    double tierTime = small * readers / 2_000 + large * writers / 2_000;
    assertThat(end).isGreaterThanOrEqualTo(tierTime * (1 - 1e-9));
    assertThat(finish[0]).isGreaterThanOrEqualTo(small / cap * (1 - 1e-9));
    assertThat(finish[1]).isGreaterThanOrEqualTo(large / cap * (1 - 1e-9));
    double sustainedTime = small * readers / 1_000 + large * writers / 500;
    double linkTime = Math.max(small, large) / cap;
    assertThat(end).isLessThanOrEqualTo((sustainedTime + linkTime) * (1 + 1e-9));
  }
}
