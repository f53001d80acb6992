package dev.podium.api.placement;

import dev.podium.api.job.JobSpec;

/**
 * Decides where a job's ranks run.
 *
 * <p><b>Contract.</b> {@link #place} is pure and deterministic: the same job and view give the same
 * decision; randomness comes only from the seed in the policy's options. It never mutates its
 * inputs, keeps no reference to the view, and is called from one thread at a time. A {@code Placed}
 * decision names exactly {@code job.size()} distinct accelerators, each free in the view; rank
 * {@code r} runs on {@code accelerator(r)}, ranks ordered innermost-first [TP, CP, PP, DP] as in
 * {@link dev.podium.api.job.Parallelism}. A policy may return {@code Unschedulable} for any reason
 * it names; the scheduler's guard turns exceptions and invalid placements into {@code Failed}.
 */
public interface PlacementPolicy {

  /** The stable name of this policy (its provider's name). */
  String name();

  /** Places {@code job} on {@code cluster}, or says why not. */
  PlacementDecision place(JobSpec job, ClusterView cluster);
}
