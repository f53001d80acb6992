package dev.podium.api.queue;

import dev.podium.api.job.JobSpec;
import java.util.List;

/**
 * Orders pending jobs and decides which may start.
 *
 * <p><b>Contract.</b> Pure and deterministic given its inputs; never mutates them; single-threaded.
 * {@link #order} returns a permutation of {@code pending}. The scheduler tries jobs in that order,
 * skipping those {@link #admit} refuses; when {@link #backfill()} is true it reserves accelerators
 * for the first job that does not fit and lets later jobs start only if they cannot delay it
 * (EASY backfill).
 */
public interface QueuePolicy {

  /** The stable name of this policy. */
  String name();

  /** Pending jobs in the order to try them. */
  List<JobSpec> order(List<JobSpec> pending, QueueState state);

  /** Whether {@code job} may start now (quotas); true by default. */
  default boolean admit(JobSpec job, QueueState state) {
    return true;
  }

  /** Whether EASY backfill is on. */
  boolean backfill();
}
