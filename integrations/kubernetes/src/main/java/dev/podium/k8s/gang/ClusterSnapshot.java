package dev.podium.k8s.gang;

import dev.podium.core.state.ClusterState;
import java.util.Map;

/**
 * The cluster at one instant, as a plan needs it.
 *
 * @param topology the fabric of the labelled GPU nodes, the level labels and the GPU nodes left out
 * @param state the fabric's GPUs: held by bound pods and by gangs in flight, free, or on unschedulable nodes
 *     (unhealthy); null when there is no fabric
 * @param boundMembers per gang key, how many of its pods are bound and not being deleted
 * @param gangsBound gangs (pods with the gang key) whose pods are all bound
 */
public record ClusterSnapshot(LabelTopology.Result topology, ClusterState state, Map<String, Integer> boundMembers,
    int gangsBound) {

  /** Copies the map. */
  public ClusterSnapshot {
    boundMembers = Map.copyOf(boundMembers);
  }
}
