package dev.podium.sim.flow;

/**
 * What sharing the links gave: every flow's max-min fair rate and every collective's completion
 * time. Read-only view over arrays owned by this object.
 */
public final class CollectiveTimes {

  private final double[] seconds;
  private final double[] rates;

  CollectiveTimes(double[] seconds, double[] rates) {
    this.seconds = seconds;
    this.rates = rates;
  }

  /** Number of collectives. */
  public int collectiveCount() {
    return seconds.length;
  }

  /** Completion time of collective {@code c} in seconds (0 when it moves nothing). */
  public double seconds(int c) {
    return seconds[c];
  }

  /** The latest completion over all collectives. */
  public double slowest() {
    double max = 0;
    for (double s : seconds) {
      max = Math.max(max, s);
    }
    return max;
  }

  /** Rate of flow {@code f} in bytes per second ({@code +Infinity} when it crosses no link). */
  public double rate(int f) {
    return rates[f];
  }
}
