package dev.podium.storage.checkpoint;

/**
 * Expected effective training time ratio from Meta's RSC reliability study (hardware.md §2.2):
 * {@code E[ETTR] ~ (1 - N * r_f * (u0 + dt/2)) / (1 + w/dt)}, with {@code N} nodes failing at
 * {@code r_f} each, restart cost {@code u0} (detection, restart and restore), checkpoint interval
 * {@code dt} and blocking time per checkpoint {@code w}. The source reports < 5% error against Monte
 * Carlo at the sizes it studies; the result is clamped at 0 where the failure term exceeds 1.
 */
public final class Ettr {

  private static final double SECONDS_PER_DAY = 86_400;

  private Ettr() {}

  /**
   * E[ETTR] of a job on {@code nodes} nodes.
   *
   * @param nodes nodes the job spans, >= 1
   * @param failuresPer1000NodeDays r_f as published (6.50 for RSC-1, 2.34 for RSC-2), >= 0
   * @param restartSeconds u0: seconds from a failure until training runs again, >= 0
   * @param intervalSeconds dt: seconds of training between checkpoints, > 0
   * @param blockedSeconds w: seconds training stops per checkpoint, >= 0
   */
  public static double expected(int nodes, double failuresPer1000NodeDays, double restartSeconds,
      double intervalSeconds, double blockedSeconds) {
    if (nodes < 1 || !(failuresPer1000NodeDays >= 0) || !(restartSeconds >= 0) || !(intervalSeconds > 0)
        || !(blockedSeconds >= 0)) {
      throw new IllegalArgumentException("ettr: need nodes >= 1, r_f >= 0, u0 >= 0, dt > 0, w >= 0; were " + nodes
          + ", " + failuresPer1000NodeDays + ", " + restartSeconds + ", " + intervalSeconds + ", " + blockedSeconds);
    }
    double failuresPerSecond = nodes * failuresPer1000NodeDays / 1000 / SECONDS_PER_DAY;
    double kept = 1 - failuresPerSecond * (restartSeconds + intervalSeconds / 2);
    return Math.max(0, kept) / (1 + blockedSeconds / intervalSeconds);
  }

  /**
   * E[ETTR] with the checkpoint's own costs: {@code u0 = restartSeconds + cost.restoreSeconds()} and
   * {@code w = cost.blockedSeconds(intervalSeconds)}; the cost's hosts are the nodes.
   */
  public static double expected(CheckpointCost cost, double failuresPer1000NodeDays, double restartSeconds,
      double intervalSeconds) {
    return expected(cost.hosts(), failuresPer1000NodeDays, restartSeconds + cost.restoreSeconds(), intervalSeconds,
        cost.blockedSeconds(intervalSeconds));
  }
}
