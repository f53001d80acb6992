package dev.podium.sim.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines behind the charts: CDFs thinned to a point budget, step functions averaged per bin. */
class CurveTest {

  @Test
  void aCdfStartsAtZeroAndHasOnePointPerFiniteValueInOrder() {
    Curve cdf = Curve.cdf(new double[] {3, Double.NaN, 1, 2, 2}, 100);
    assertThat(cdf.x()).containsExactly(1, 1, 2, 2, 3);
    assertThat(cdf.y()).containsExactly(0, 0.25, 0.5, 0.75, 1.0);
  }

  @Test
  void aLongCdfIsThinnedToTheBudgetAndKeepsTheLargestValue() {
    double[] values = new double[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = values.length - i;
    }
    Curve cdf = Curve.cdf(values, 1_000);
    assertThat(cdf.x()).hasSize(1_001);
    assertThat(cdf.x()[0]).isEqualTo(1);
    assertThat(cdf.x()[1]).isEqualTo(10);
    assertThat(cdf.x()[1_000]).isEqualTo(10_000);
    assertThat(cdf.y()[1_000]).isEqualTo(1.0);
    assertThat(Curve.cdf(new double[0], 10).x()).isEmpty();
  }

  @Test
  void stepsAreAveragedOverEachBinByTime() {
    List<double[]> steps = List.of(new double[] {0, 4}, new double[] {1, 0}, new double[] {3, 2});
    Curve binned = Curve.binnedSteps(steps, 4, 2);
    assertThat(binned.x()).containsExactly(1, 3);
    assertThat(binned.y()[0]).isEqualTo(2, within(1e-12));
    assertThat(binned.y()[1]).isEqualTo(1, within(1e-12));
  }
}
