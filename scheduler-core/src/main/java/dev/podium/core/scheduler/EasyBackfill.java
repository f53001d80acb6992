package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;

/**
 * The EASY backfill rule for one cycle, on accelerator counts over the whole fabric. The head job's
 * reservation is the earliest expected end of running jobs at which the free count reaches its size;
 * a later job may start only if it is expected to end by then, or if it fits in the spare
 * accelerators left at that time (which it then uses up).
 */
final class EasyBackfill {

  private final double shadow;
  private int spare;

  /** The rule for a known {@code reservation}. */
  EasyBackfill(Reservation reservation) {
    this.shadow = reservation.startSeconds();
    this.spare = reservation.spare();
  }

  /**
   * The reservation for {@code head} given {@code free} accelerators now and the running jobs in
   * order of expected end; an overdue job counts as ending now.
   */
  static Reservation reserve(JobSpec head, int free, Iterable<RunningJob> byExpectedEnd, double now) {
    int need = head.size();
    int available = free;
    double start = now;
    for (RunningJob run : byExpectedEnd) {
      if (available >= need) {
        break;
      }
      if (run.expectedEndSeconds() == Double.POSITIVE_INFINITY) {
        return new Reservation(head.id(), need, Double.POSITIVE_INFINITY, 0);
      }
      available += run.size();
      start = Math.max(start, run.expectedEndSeconds());
    }
    if (available < need) {
      return new Reservation(head.id(), need, Double.POSITIVE_INFINITY, 0);
    }
    return new Reservation(head.id(), need, start, available - need);
  }

  /** Whether a job of {@code size} expected to end at {@code end} may start without delaying the head. */
  boolean allows(int size, double end) {
    return end <= shadow || size <= spare;
  }

  /** Records that such a job started. */
  void took(int size, double end) {
    if (end > shadow) {
      spare -= size;
    }
  }
}
