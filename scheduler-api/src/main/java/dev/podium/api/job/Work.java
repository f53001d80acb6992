package dev.podium.api.job;

/**
 * How much a job has to do: a number of optimizer steps, or a run time when the step time is not
 * modelled (traces that only record durations). Exactly one is positive.
 *
 * @param steps optimizer steps, or 0 when the work is a duration
 * @param seconds run time on its own accelerators without interruption, or 0 when the work is steps
 */
public record Work(long steps, double seconds) {

  /** Checks that exactly one of the two is positive and finite. */
  public Work {
    boolean bySteps = steps > 0;
    boolean bySeconds = seconds > 0;
    if (steps < 0 || seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds) || bySteps == bySeconds) {
      throw new IllegalArgumentException(
          "work: give exactly one of steps (>0) or seconds (>0, finite), got steps=" + steps + ", seconds=" + seconds);
    }
  }

  /** Work of {@code n} optimizer steps. */
  public static Work steps(long n) {
    return new Work(n, 0);
  }

  /** Work of {@code s} seconds. */
  public static Work seconds(double s) {
    return new Work(0, s);
  }

  /** True when the work is a number of steps. */
  public boolean isSteps() {
    return steps > 0;
  }
}
