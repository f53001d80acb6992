package dev.podium.core.scheduler;

import java.util.Objects;

/**
 * A running job a cycle stopped and put back in the queue (with its original submit time) so that a
 * higher-priority job could start.
 *
 * @param run the job as it ran until now
 * @param forJob the id of the job it made room for
 */
public record Preempted(RunningJob run, String forJob) {

  /** Checks that nothing is missing. */
  public Preempted {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(forJob, "forJob");
  }
}
