package dev.podium.k8s.gang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every pod of a gang runs: pod rank r on {@code nodes.get(r)}, holding job ranks
 * {@code r * gpusPerPod} to {@code (r + 1) * gpusPerPod - 1} on the node's GPUs {@code gpus.get(r)}
 * (the policy's choice; the device plugin picks the devices).
 *
 * @param gang the gang's key, {@code <namespace>/<name>}
 * @param policy the placement policy that made it
 * @param nodes the node of each pod rank
 * @param gpus the planned GPU indices of each pod rank on its node
 */
public record PodPlan(String gang, String policy, List<String> nodes, List<List<Integer>> gpus) {

  /** Copies the lists. */
  public PodPlan {
    nodes = List.copyOf(nodes);
    gpus = gpus.stream().map(List::copyOf).toList();
    if (nodes.size() != gpus.size()) {
      throw new IllegalArgumentException("gang " + gang + ": " + nodes.size() + " nodes but " + gpus.size()
          + " GPU lists");
    }
  }

  /** Pods in the gang. */
  public int size() {
    return nodes.size();
  }

  /** The node of pod rank {@code rank}. */
  public String node(int rank) {
    return nodes.get(rank);
  }

  /** GPUs the plan takes on each node, in the order of the nodes' first rank. */
  public Map<String, Integer> gpusByNode() {
    Map<String, Integer> byNode = new LinkedHashMap<>();
    for (int rank = 0; rank < nodes.size(); rank++) {
      byNode.merge(nodes.get(rank), gpus.get(rank).size(), Integer::sum);
    }
    return byNode;
  }
}
