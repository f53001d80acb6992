package dev.podium.storage.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.storage.tier.Direction;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FairShareTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void identicalReadersGetTheirLinkOrAnEqualSlice() {
    double[] many = FairShare.rates(500e9, 250e9, List.of(new Demand(Direction.READ, 127, 40e9)));
    assertThat(many[0]).isCloseTo(500e9 / 127, within(1.0));
    double[] few = FairShare.rates(500e9, 250e9, List.of(new Demand(Direction.READ, 8, 40e9)));
    assertThat(few[0]).isEqualTo(40e9);
  }

  @Test
  void cappedStreamsLeaveTheRestToOthers() {
    double[] rates = FairShare.rates(100, 100, List.of(new Demand(Direction.READ, 1, 10),
        new Demand(Direction.READ, 2, INF)));
    assertThat(rates[0]).isEqualTo(10);
    assertThat(rates[1]).isCloseTo(45, within(1e-9));
  }

  @Test
  void readersAndWritersTimeShareTheTier() {
    // One reader and one writer on a tier that reads at 500 and writes at 250: equal rates r with
    // r/500 + r/250 = 1, so r = 500/3 each.
    double[] rates = FairShare.rates(500, 250, List.of(new Demand(Direction.READ, 1, INF),
        new Demand(Direction.WRITE, 1, INF)));
    assertThat(rates[0]).isCloseTo(500.0 / 3, within(1e-9));
    assertThat(rates[1]).isCloseTo(500.0 / 3, within(1e-9));
  }

  @Test
  void emptyGroupsGetNothing() {
    double[] rates = FairShare.rates(100, 100, List.of(new Demand(Direction.READ, 0, INF),
        new Demand(Direction.WRITE, 4, INF)));
    assertThat(rates).containsExactly(0, 25);
  }

  @Property(tries = 500)
  void ratesAreFeasibleWorkConservingAndMaxMinFair(@ForAll("problems") Problem p) {
    double[] rates = FairShare.rates(p.read, p.write, p.demands);
    double used = FairShare.utilisation(p.read, p.write, p.demands, rates);
    assertThat(used).isLessThanOrEqualTo(1 + 1e-9);
    boolean someoneHeldBack = false;
    double top = 0;
    for (int g = 0; g < rates.length; g++) {
      Demand d = p.demands.get(g);
      assertThat(rates[g]).isLessThanOrEqualTo(d.capBytesPerSecond() * (1 + 1e-12)).isGreaterThanOrEqualTo(0);
      if (d.count() > 0) {
        top = Math.max(top, rates[g]);
        someoneHeldBack |= rates[g] < d.capBytesPerSecond() * (1 - 1e-9);
      }
    }
    if (someoneHeldBack) {
      assertThat(used).as("a stream below its cap means the tier is full").isCloseTo(1, within(1e-9));
      for (int g = 0; g < rates.length; g++) {
        Demand d = p.demands.get(g);
        if (d.count() > 0 && rates[g] < d.capBytesPerSecond() * (1 - 1e-9)) {
          assertThat(rates[g]).as("a held-back stream has the largest rate").isCloseTo(top, within(top * 1e-9));
        }
      }
    }
  }

  @Provide
  Arbitrary<Problem> problems() {
    Arbitrary<Demand> demand = Combinators.combine(
        Arbitraries.of(Direction.class),
        Arbitraries.integers().between(0, 50),
        Arbitraries.oneOf(Arbitraries.doubles().between(1, 1_000), Arbitraries.just(INF)))
        .as(Demand::new);
    return Combinators.combine(
        Arbitraries.doubles().between(10, 10_000),
        Arbitraries.doubles().between(10, 10_000),
        demand.list().ofMinSize(1).ofMaxSize(8))
        .as(Problem::new);
  }

  record Problem(double read, double write, List<Demand> demands) {}
}
