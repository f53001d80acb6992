package dev.podium.core.scheduler;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one scheduling cycle did.
 *
 * @param atSeconds when it ran, on the scheduler's clock
 * @param started jobs started, in the order they started
 * @param preempted running jobs stopped and requeued to make room, in the order they were chosen
 * @param reservation the reservation for the blocked head job, when the head did not start
 * @param unplaced jobs the placement policy was asked about and did not place, in queue order
 * @param refused pending jobs the queue policy did not admit (quotas)
 */
public record Cycle(double atSeconds, List<Started> started, List<Preempted> preempted,
    Optional<Reservation> reservation, List<Unplaced> unplaced, int refused) {

  /** Copies the lists. */
  public Cycle {
    started = List.copyOf(started);
    preempted = List.copyOf(preempted);
    Objects.requireNonNull(reservation, "reservation");
    unplaced = List.copyOf(unplaced);
  }

  /** True when the cycle started and preempted nothing. */
  public boolean idle() {
    return started.isEmpty() && preempted.isEmpty();
  }
}
