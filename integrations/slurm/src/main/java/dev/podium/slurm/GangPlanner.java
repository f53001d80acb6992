package dev.podium.slurm;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;

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
    PlacementDecision decision = policy.place(job, cluster.state());
    if (decision instanceof PlacementDecision.Unschedulable unschedulable) {
      throw new IllegalStateException("policy " + policy.name() + " cannot place job " + job.id() + " ("
          + job.size() + " GPUs) now: " + String.join("; ", unschedulable.reasons()) + " (free GPUs: "
          + cluster.state().freeCount() + " of " + cluster.fabric().acceleratorCount() + ", on available nodes: "
          + cluster.state().healthyCount() + ")");
    }
    if (decision instanceof PlacementDecision.Failed failed) {
      throw new IllegalStateException("policy " + failed.policyName() + " failed on job " + job.id() + ": "
          + failed.error());
    }
    int[] accelerators = ((PlacementDecision.Placed) decision).accelerators();
    Fabric fabric = cluster.fabric();
    int hostLevel = fabric.hostLevel();
    List<RankSlot> ranks = new ArrayList<>(accelerators.length);
    for (int rank = 0; rank < accelerators.length; rank++) {
      int host = fabric.domainOf(accelerators[rank], hostLevel);
      ranks.add(new RankSlot(rank, fabric.domainName(hostLevel, host),
          accelerators[rank] - fabric.firstMember(hostLevel, host)));
    }
    return GangPlan.of(job.id(), policy.name(), ranks, cluster.nodeOrder());
  }
}
