package dev.podium.k8s;

import dev.podium.k8s.cluster.ClusterException;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test double of the API server: nodes and pods in memory, Bindings that set the node name (refused
 * for a missing or already bound pod, or for pods told to fail), deletions that remove the pod. Thread-safe.
 */
public final class InMemoryCluster implements KubeCluster {

  private final Map<String, KubeNode> nodes = new LinkedHashMap<>();
  private final Map<String, KubePod> pods = new LinkedHashMap<>();
  private final Set<String> failBinding = new HashSet<>();
  private final List<String> bindLog = new ArrayList<>();

  public InMemoryCluster(List<KubeNode> nodes) {
    nodes.forEach(n -> this.nodes.put(n.name(), n));
  }

  /** Adds or replaces a pod. */
  public synchronized void put(KubePod pod) {
    pods.put(pod.ref().toString(), pod);
  }

  /** Adds or replaces a node. */
  public synchronized void put(KubeNode node) {
    nodes.put(node.name(), node);
  }

  /** The pod {@code namespace/name}, or null. */
  public synchronized KubePod pod(String key) {
    return pods.get(key);
  }

  /** Makes the Binding of {@code pod} fail. */
  public synchronized void failBindingOf(PodRef pod) {
    failBinding.add(pod.toString());
  }

  /** Every Binding made, as {@code namespace/name -> node}, in order. */
  public synchronized List<String> bindLog() {
    return List.copyOf(bindLog);
  }

  /** GPUs requested by the pods bound to each node. */
  public synchronized Map<String, Integer> usedPerNode() {
    Map<String, Integer> used = new HashMap<>();
    pods.values().stream().filter(KubePod::bound).forEach(p -> used.merge(p.nodeName(), p.gpus(), Integer::sum));
    return used;
  }

  @Override
  public synchronized List<KubeNode> nodes() {
    return List.copyOf(nodes.values());
  }

  @Override
  public synchronized List<KubePod> pods() {
    return pods.values().stream().filter(p -> p.gpus() > 0).toList();
  }

  @Override
  public synchronized void bind(PodRef ref, String node) {
    KubePod pod = pods.get(ref.toString());
    if (pod == null) {
      throw new ClusterException("bind pod " + ref + " to node " + node + ": HTTP 404: pods \"" + ref.name()
          + "\" not found");
    }
    if (failBinding.contains(ref.toString())) {
      throw new ClusterException("bind pod " + ref + " to node " + node + ": HTTP 500: injected failure");
    }
    if (pod.bound()) {
      throw new ClusterException("bind pod " + ref + " to node " + node + ": HTTP 409: pod " + ref.name()
          + " is already assigned to node " + pod.nodeName());
    }
    if (!nodes.containsKey(node)) {
      throw new ClusterException("bind pod " + ref + " to node " + node + ": HTTP 404: node not found");
    }
    pods.put(ref.toString(), new KubePod(pod.ref(), node, pod.gpus(), pod.labels(), pod.annotations(), false));
    bindLog.add(ref + " -> " + node);
  }

  @Override
  public synchronized void delete(PodRef ref) {
    pods.remove(ref.toString());
  }
}
