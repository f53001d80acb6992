package dev.podium.sim.run;

/**
 * Host failures as a Poisson process: hosts fail at {@code perThousandNodeDays / 1000} per day on
 * average over the fleet, a fraction of them (the lemons) {@code lemonFactor} times as often as the
 * others (so the others fail a little less than the average), each failure is detected after
 * {@code detectionSeconds}, and is repaired {@code repairSeconds} later. Jobs on the host make no
 * progress from the failure on; at detection they stop, lose their work since the last checkpoint
 * before the failure, and pay {@code restartSeconds} when they run again.
 *
 * @param perThousandNodeDays failures per 1,000 node-days (RSC-1 6.50, RSC-2 2.34, Llama 3 3.79)
 * @param detectionSeconds time from failure to the job being stopped
 * @param repairSeconds time from detection to the host being healthy again
 * @param restartSeconds time a restarted job spends before making progress (u0)
 * @param lemonFraction fraction of hosts that fail more often
 * @param lemonFactor how much more often they fail
 */
public record FailureModel(
    double perThousandNodeDays,
    double detectionSeconds,
    double repairSeconds,
    double restartSeconds,
    double lemonFraction,
    double lemonFactor) {

  /** Checks the ranges. */
  public FailureModel {
    if (!(perThousandNodeDays >= 0) || !(detectionSeconds >= 0) || !(repairSeconds >= 0)
        || !(restartSeconds >= 0) || !(lemonFraction >= 0 && lemonFraction <= 1) || !(lemonFactor >= 1)) {
      throw new IllegalArgumentException("failure model: rates and times must be >= 0, lemonFraction in [0, 1],"
          + " lemonFactor >= 1");
    }
  }

  /**
   * Defaults from hardware.md: the Llama 3 rate (419 unexpected interruptions over 54 days on
   * 2,048 nodes = 3.79 per 1,000 node-days), health checks every 5 minutes (detected after 150 s on
   * average), restart u0 = 10 minutes (5-20 min), repair 1 hour (not published; a parameter), and
   * 1.2% lemon nodes (RSC-1) failing 5 times as often (the factor is not published).
   */
  public static FailureModel published() {
    return new FailureModel(3.79, 150, 3600, 600, 0.012, 5);
  }

  /** Failures per second of one ordinary host. */
  public double perHostPerSecond() {
    return perThousandNodeDays / 1000 / 86_400;
  }
}
