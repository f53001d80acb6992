package dev.podium.k8s.gang;

import dev.podium.core.state.ClusterState;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the cluster into a {@link ClusterSnapshot}: the fabric from the nodes' labels (rebuilt only when
 * the GPU nodes, their GPU counts or their level labels change) and the state from the bound pods and
 * the reservations of the gangs in flight. Not thread-safe.
 */
public final class SnapshotReader {

  private final PlannerSettings settings;
  private List<List<String>> cachedSignature;
  private LabelTopology.Result cachedTopology;

  public SnapshotReader(PlannerSettings settings) {
    this.settings = settings;
  }

  /**
   * The cluster now. Pods of the gangs in {@code inFlight} are left out of the state: {@code reserved}
   * (GPUs per node held for those gangs) counts them instead, bound or not.
   */
  public ClusterSnapshot read(KubeCluster cluster, Set<String> inFlight, Map<String, Integer> reserved) {
    List<KubeNode> nodes = cluster.nodes();
    List<KubePod> pods = cluster.pods();
    LabelTopology.Result topology = topology(nodes);
    Map<String, Integer> used = new HashMap<>(reserved);
    Map<String, Integer> boundMembers = new HashMap<>();
    Map<String, int[]> gangPods = new HashMap<>();
    for (KubePod pod : pods) {
      String gang = GangRequest.keyOf(pod, settings.keys());
      if (GangRequest.isLabelled(pod, settings.keys())) {
        int[] counts = gangPods.computeIfAbsent(gang, g -> new int[2]);
        counts[pod.bound() ? 0 : 1]++;
        if (pod.bound() && !pod.terminating()) {
          boundMembers.merge(gang, 1, Integer::sum);
        }
      }
      if (pod.bound() && !inFlight.contains(gang)) {
        used.merge(pod.nodeName(), pod.gpus(), Integer::sum);
      }
    }
    int gangsBound = (int) gangPods.values().stream().filter(c -> c[0] > 0 && c[1] == 0).count();
    ClusterState state = topology.fabric() == null ? null : state(topology.fabric(), nodes, used);
    return new ClusterSnapshot(topology, state, boundMembers, gangsBound);
  }

  private LabelTopology.Result topology(List<KubeNode> nodes) {
    List<KubeNode> gpuNodes = nodes.stream().filter(n -> n.gpus() > 0)
        .sorted(java.util.Comparator.comparing(KubeNode::name)).toList();
    List<String> levels = TopologyLevels.resolve(settings.levels(), gpuNodes, settings.keys());
    List<List<String>> signature = new ArrayList<>(gpuNodes.size() + 1);
    signature.add(levels);
    for (KubeNode node : gpuNodes) {
      List<String> row = new ArrayList<>(levels.size() + 2);
      row.add(node.name());
      row.add(Integer.toString(node.gpus()));
      levels.forEach(l -> row.add(node.labels().get(l)));
      signature.add(row);
    }
    if (!signature.equals(cachedSignature)) {
      cachedTopology = LabelTopology.build(gpuNodes, levels, settings.accelerator());
      cachedSignature = signature;
    }
    return cachedTopology;
  }

  /** Busy GPUs take each node's lowest accelerators; unschedulable nodes' GPUs are unhealthy. */
  private ClusterState state(Fabric fabric, List<KubeNode> nodes, Map<String, Integer> used) {
    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    Map<String, KubeNode> byName = new HashMap<>();
    nodes.forEach(n -> byName.put(n.name(), n));
    int hostLevel = fabric.hostLevel();
    for (int host = 0; host < fabric.hostCount(); host++) {
      String name = fabric.domainName(hostLevel, host);
      int first = fabric.firstMember(hostLevel, host);
      int count = fabric.memberCount(hostLevel, host);
      int busy = Math.min(count, used.getOrDefault(name, 0));
      if (busy > 0) {
        int[] held = new int[busy];
        for (int i = 0; i < busy; i++) {
          held[i] = first + i;
        }
        state.allocate("node:" + name, held);
      }
      if (!byName.get(name).schedulable()) {
        for (int a = first; a < first + count; a++) {
          state.fail(a);
        }
      }
    }
    return state;
  }
}
