package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import java.util.Objects;

/**
 * A job the scheduler started.
 *
 * @param job the job as submitted
 * @param placement its ranks on accelerators
 * @param startSeconds when it started, on the scheduler's clock
 * @param expectedEndSeconds start plus the runtime estimate; {@code +Infinity} when unknown
 */
public record RunningJob(JobSpec job, PlacementDecision.Placed placement, double startSeconds,
    double expectedEndSeconds) {

  /** Checks that nothing is missing. */
  public RunningJob {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(placement, "placement");
  }

  /** The job's id. */
  public String id() {
    return job.id();
  }

  /** Accelerators it holds. */
  public int size() {
    return placement.size();
  }
}
