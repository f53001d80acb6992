package dev.podium.core.gang;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a placement policy for a gang on a live cluster's fabric and state and turns the placement into
 * hosts: rank r's host name and the accelerator's index on that host.
 */
public final class GangPlacement {

  private GangPlacement() {}

  /** What the policy decided, in hosts. */
  public sealed interface Outcome permits Placed, NotPlaced {}

  /**
   * The gang placed.
   *
   * @param ranks rank r's host and accelerator index, at index r
   */
  public record Placed(List<RankSlot> ranks) implements Outcome {

    /** Copies the list. */
    public Placed {
      ranks = List.copyOf(ranks);
    }
  }

  /**
   * The gang cannot be placed now, or the policy failed.
   *
   * @param reason for people: the policy, the job, its size, the policy's reasons and the free accelerators
   * @param failed true when the policy broke (threw or returned an invalid placement), false when the
   *     gang does not fit now
   */
  public record NotPlaced(String reason, boolean failed) implements Outcome {}

  /** The placement {@code policy} makes for {@code job} on {@code state}, a state of {@code fabric}. */
  public static Outcome place(Fabric fabric, ClusterState state, JobSpec job, PlacementPolicy policy) {
    PlacementDecision decision = policy.place(job, state);
    if (decision instanceof PlacementDecision.Unschedulable unschedulable) {
      return new NotPlaced("policy " + policy.name() + " cannot place job " + job.id() + " (" + job.size()
          + " GPUs) now: " + String.join("; ", unschedulable.reasons()) + " (free GPUs: " + state.freeCount()
          + " of " + fabric.acceleratorCount() + ", on available nodes: " + state.healthyCount() + ")", false);
    }
    if (decision instanceof PlacementDecision.Failed failed) {
      return new NotPlaced("policy " + failed.policyName() + " failed on job " + job.id() + ": " + failed.error(),
          true);
    }
    int[] accelerators = ((PlacementDecision.Placed) decision).accelerators();
    int hostLevel = fabric.hostLevel();
    List<RankSlot> ranks = new ArrayList<>(accelerators.length);
    for (int rank = 0; rank < accelerators.length; rank++) {
      int host = fabric.domainOf(accelerators[rank], hostLevel);
      ranks.add(new RankSlot(rank, fabric.domainName(hostLevel, host),
          accelerators[rank] - fabric.firstMember(hostLevel, host)));
    }
    return new Placed(ranks);
  }
}
