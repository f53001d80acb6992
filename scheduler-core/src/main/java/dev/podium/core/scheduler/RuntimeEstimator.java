package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;

/**
 * How long a job is expected to run once started, for backfill reservations. The simulator, which
 * models step times, supplies its own; the default knows only declared durations.
 *
 * <p>Must be deterministic; called once per job start, from the scheduler's thread.
 */
@FunctionalInterface
public interface RuntimeEstimator {

  /**
   * Expected run time of {@code job} from its start, in seconds, {@code >= 0}; {@link
   * Double#POSITIVE_INFINITY} when unknown. NaN and negative values count as unknown.
   */
  double expectedSeconds(JobSpec job);

  /** {@code Work.seconds} when the work is a duration; unknown when it is a number of steps. */
  static RuntimeEstimator declared() {
    return job -> job.work().isSteps() ? Double.POSITIVE_INFINITY : job.work().seconds();
  }
}
