package dev.podium.core.scheduler;

import java.util.Objects;

/**
 * A job a cycle started.
 *
 * @param run the job, its placement, start and expected end
 * @param backfilled true when it started behind a blocked head job under the EASY rule
 */
public record Started(RunningJob run, boolean backfilled) {

  /** Checks that the run is given. */
  public Started {
    Objects.requireNonNull(run, "run");
  }
}
