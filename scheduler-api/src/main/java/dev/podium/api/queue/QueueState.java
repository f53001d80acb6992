package dev.podium.api.queue;

/**
 * What a queue policy may know about the scheduler: the time, the capacity, and per-tenant use.
 *
 * <p>Read-only for the duration of one call; not thread-safe.
 */
public interface QueueState {

  /** Current time in seconds on the scheduler's clock. */
  double now();

  /** Healthy accelerators in the cluster. */
  int capacity();

  /** Accelerators currently held by {@code tenant}'s running jobs. */
  int allocated(String tenant);

  /** Accelerators requested by {@code tenant}'s pending jobs. */
  int pending(String tenant);

  /** Accelerator-seconds used by {@code tenant} so far, decayed by the policy's half-life if any. */
  double usage(String tenant);
}
