package dev.podium.k8s.gang;

import dev.podium.core.gang.GangPlacement;
import dev.podium.core.gang.RankSlot;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a whole gang of pods on a {@link ClusterSnapshot} with Podium's placement policy
 * ({@link GangPlacement}), so that each pod's GPUs lie on one node. Free GPUs are counted in whole pods:
 * a node with 12 free GPUs offers 8 to a gang of 8-GPU pods. Pure: the same snapshot and request give
 * the same plan.
 */
public final class GangPlanner {

  /** What planning decided. */
  public sealed interface Outcome permits Planned, Refused {}

  /** The gang's plan. */
  public record Planned(PodPlan plan) implements Outcome {}

  /**
   * The gang cannot be placed now.
   *
   * @param reason for the pod's FailedScheduling event; starts with {@code podium: gang <key>}
   */
  public record Refused(String reason) implements Outcome {}

  private final PlannerSettings settings;

  public GangPlanner(PlannerSettings settings) {
    this.settings = settings;
  }

  /** The plan of {@code request}'s whole gang on {@code snapshot}. */
  public Outcome plan(GangRequest request, ClusterSnapshot snapshot) {
    String gang = "podium: gang " + request.gang();
    int alreadyBound = snapshot.boundMembers().getOrDefault(request.gang(), 0);
    if (alreadyBound > 0) {
      return new Refused(gang + " has " + alreadyBound + " of " + request.size() + " pods bound already; Podium"
          + " places whole gangs only: delete the gang's pods to place it again");
    }
    Fabric fabric = snapshot.topology().fabric();
    if (fabric == null) {
      return new Refused(gang + " needs " + request.gangGpus() + " " + settings.resource() + ", 0 free: no node has"
          + " both " + settings.resource() + " and the topology labels " + snapshot.topology().levelLabels());
    }
    ClusterState state = snapshot.state().copy();
    int g = request.gpusPerPod();
    int freeInPods = keepWholePods(fabric, state, g);
    if (freeInPods < request.gangGpus()) {
      return new Refused(gang + " needs " + request.gangGpus() + " GPUs (" + request.size() + " pods x " + g + "), "
          + freeInPods + " free" + (g > 1 ? " in whole pods of " + g : "") + " on " + fabric.hostCount()
          + " labelled nodes");
    }
    GangPlacement.Outcome outcome = GangPlacement.place(fabric, state, request.job(), settings.policy());
    if (outcome instanceof GangPlacement.NotPlaced notPlaced) {
      return new Refused(gang + ": " + notPlaced.reason());
    }
    List<RankSlot> ranks = ((GangPlacement.Placed) outcome).ranks();
    List<String> nodes = new ArrayList<>(request.size());
    List<List<Integer>> gpus = new ArrayList<>(request.size());
    for (int pod = 0; pod < request.size(); pod++) {
      List<Integer> podGpus = new ArrayList<>(g);
      String node = ranks.get(pod * g).node();
      for (int r = pod * g; r < (pod + 1) * g; r++) {
        RankSlot slot = ranks.get(r);
        if (!slot.node().equals(node)) {
          return new Refused(gang + ": policy " + settings.policy().name() + " put pod rank " + pod + "'s GPUs on"
              + " nodes " + node + " and " + slot.node() + "; a pod runs on one node");
        }
        podGpus.add(slot.gpu());
      }
      nodes.add(node);
      gpus.add(podGpus);
    }
    return new Planned(new PodPlan(request.gang(), settings.policy().name(), nodes, gpus));
  }

  /**
   * Takes away, on every node, the free GPUs beyond a multiple of {@code perPod} (marked unhealthy in this
   * copy), so the policy sees only GPUs whole pods can use; returns the free GPUs left.
   */
  private static int keepWholePods(Fabric fabric, ClusterState state, int perPod) {
    int hostLevel = fabric.hostLevel();
    int free = 0;
    for (int host = 0; host < fabric.hostCount(); host++) {
      int first = fabric.firstMember(hostLevel, host);
      int end = first + fabric.memberCount(hostLevel, host);
      int hostFree = state.freeCount(hostLevel, host);
      int unusable = hostFree % perPod;
      for (int a = end - 1; a >= first && unusable > 0; a--) {
        if (state.isFree(a)) {
          state.fail(a);
          unusable--;
        }
      }
      free += hostFree - hostFree % perPod;
    }
    return free;
  }
}
