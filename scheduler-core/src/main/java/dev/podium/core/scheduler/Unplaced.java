package dev.podium.core.scheduler;

import dev.podium.api.placement.PlacementDecision;
import java.util.Objects;

/**
 * A job a cycle asked the placement policy about that did not start.
 *
 * @param jobId the job
 * @param decision the policy's answer: {@code Unschedulable} with its reasons, or {@code Failed}
 */
public record Unplaced(String jobId, PlacementDecision decision) {

  /** Checks that the decision is not a placement. */
  public Unplaced {
    Objects.requireNonNull(jobId, "jobId");
    if (decision instanceof PlacementDecision.Placed || decision == null) {
      throw new IllegalArgumentException("job " + jobId + ": an unplaced job needs an Unschedulable or Failed decision");
    }
  }
}
