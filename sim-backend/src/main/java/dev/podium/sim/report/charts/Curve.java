package dev.podium.sim.report.charts;

import java.util.Arrays;
import java.util.List;

/**
 * A line to plot: x and y of equal length, built from a run's figures so that charts stay small
 * whatever the number of jobs or events.
 *
 * @param x the abscissae, in order
 * @param y the ordinates
 */
public record Curve(double[] x, double[] y) {

  /** Checks that both arrays have the same length. */
  public Curve {
    if (x.length != y.length) {
      throw new IllegalArgumentException("curve: " + x.length + " x values but " + y.length + " y values");
    }
  }

  /**
   * The empirical CDF of the finite {@code values}: a first point (smallest value, 0), then point k
   * is the value at rank k and the share of values at or below it; at most {@code maxPoints} ranks,
   * evenly spaced (the largest value always included). No values, no points.
   */
  public static Curve cdf(double[] values, int maxPoints) {
    double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return new Curve(new double[0], new double[0]);
    }
    int points = Math.min(n, maxPoints);
    double[] x = new double[points + 1];
    double[] y = new double[points + 1];
    x[0] = sorted[0];
    for (int k = 0; k < points; k++) {
      int rank = points == n ? k + 1 : (int) Math.round((k + 1) * (double) n / points);
      x[k + 1] = sorted[rank - 1];
      y[k + 1] = (double) rank / n;
    }
    return new Curve(x, y);
  }

  /**
   * The time-weighted mean of a step function over {@code bins} equal bins of [0, {@code horizon}]:
   * {@code steps} are (time, value) pairs in time order, each value holding until the next step
   * (0 before the first, the last value after the last step). x is each bin's middle.
   */
  public static Curve binnedSteps(List<double[]> steps, double horizon, int bins) {
    double[] x = new double[bins];
    double[] y = new double[bins];
    double width = horizon / bins;
    int next = 0;
    double value = 0;
    for (int bin = 0; bin < bins; bin++) {
      double start = bin * width;
      double end = start + width;
      double area = 0;
      double at = start;
      while (next < steps.size() && steps.get(next)[0] <= end) {
        double time = Math.max(steps.get(next)[0], start);
        area += value * (time - at);
        at = time;
        value = steps.get(next)[1];
        next++;
      }
      area += value * (end - at);
      x[bin] = start + width / 2;
      y[bin] = width > 0 ? area / width : value;
    }
    return new Curve(x, y);
  }

  /** Equal when both arrays are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Curve other && Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
  }

  /** Both arrays written out. */
  @Override
  public String toString() {
    return "Curve[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
  }
}
