package dev.podium.core.scheduler;

import java.util.Objects;

/**
 * A running job stopped because one of its accelerators failed; it is back in the queue with its
 * original submit time.
 *
 * @param run the job as it ran until the failure
 * @param accelerator the accelerator that failed
 * @param atSeconds when, on the scheduler's clock
 */
public record Interrupted(RunningJob run, int accelerator, double atSeconds) {

  /** Checks that the run is given. */
  public Interrupted {
    Objects.requireNonNull(run, "run");
  }
}
