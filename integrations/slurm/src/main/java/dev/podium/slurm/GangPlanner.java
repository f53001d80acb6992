package dev.podium.slurm;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.core.gang.GangPlacement;

/** Runs a Podium placement policy on a live cluster's state and turns its placement into a {@link GangPlan}. */
public final class GangPlanner {

  private GangPlanner() {}

  /**
   * The plan {@code policy} makes for {@code job} on {@code cluster}.
   *
   * @throws IllegalStateException when the policy cannot place the job now (with its reasons and the
   *     cluster's free GPUs) or fails
   * @throws IllegalArgumentException when the placement has different rank counts per node
   */
  public static GangPlan plan(LiveCluster cluster, JobSpec job, PlacementPolicy policy) {
    GangPlacement.Outcome outcome = GangPlacement.place(cluster.fabric(), cluster.state(), job, policy);
    if (outcome instanceof GangPlacement.NotPlaced notPlaced) {
      throw new IllegalStateException(notPlaced.reason());
    }
    return GangPlan.of(job.id(), policy.name(), ((GangPlacement.Placed) outcome).ranks(), cluster.nodeOrder());
  }
}
