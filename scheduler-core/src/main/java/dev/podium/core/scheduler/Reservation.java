package dev.podium.core.scheduler;

import java.util.Objects;

/**
 * What a cycle reserved for its blocked head job: the earliest time enough accelerators are expected
 * to be free for it (counting over the whole fabric), and how many more than it needs will be free
 * then.
 *
 * @param jobId the head job
 * @param accelerators how many it needs
 * @param startSeconds the reserved start; {@code +Infinity} when a running job it waits for has no
 *     expected end (then nothing may backfill behind it)
 * @param spare accelerators expected free at {@code startSeconds} beyond the head's need, before any
 *     backfill; 0 when the start is unknown
 */
public record Reservation(String jobId, int accelerators, double startSeconds, int spare) {

  /** Checks the ranges. */
  public Reservation {
    Objects.requireNonNull(jobId, "jobId");
    if (accelerators < 1 || spare < 0 || Double.isNaN(startSeconds)) {
      throw new IllegalArgumentException("reservation for " + jobId + ": accelerators " + accelerators + ", spare "
          + spare + ", start " + startSeconds);
    }
  }

  /** True when the reserved start is a finite time. */
  public boolean known() {
    return startSeconds != Double.POSITIVE_INFINITY;
  }
}
