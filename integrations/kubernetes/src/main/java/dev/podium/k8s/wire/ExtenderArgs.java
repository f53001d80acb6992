package dev.podium.k8s.wire;

import dev.podium.k8s.cluster.KubePod;
import java.util.List;

/**
 * kube-scheduler's {@code ExtenderArgs} (k8s.io/kube-scheduler/extender/v1) for filter and prioritize with
 * {@code nodeCacheCapable: true}: {@code {"Pod": {...}, "Nodes": null, "NodeNames": [...]}}.
 *
 * @param pod the pod being scheduled
 * @param nodeNames the candidate nodes
 */
public record ExtenderArgs(KubePod pod, List<String> nodeNames) {

  /** Copies the list. */
  public ExtenderArgs {
    nodeNames = List.copyOf(nodeNames);
  }
}
