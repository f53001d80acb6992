package dev.podium.k8s.cluster;

import java.util.Map;
import java.util.Objects;

/**
 * A pod as the extender sees it.
 *
 * @param ref namespace, name and uid
 * @param nodeName the node it is bound to, or null when it is not bound
 * @param gpus the count of the managed resource it requests (containers summed, init containers' largest
 *     if larger)
 * @param labels its labels
 * @param annotations its annotations
 * @param terminating true when it is being deleted (it still holds its node's GPUs until it is gone)
 */
public record KubePod(PodRef ref, String nodeName, int gpus, Map<String, String> labels,
    Map<String, String> annotations, boolean terminating) {

  /** Copies the maps; an empty node name means not bound. */
  public KubePod {
    Objects.requireNonNull(ref, "ref");
    nodeName = nodeName == null || nodeName.isEmpty() ? null : nodeName;
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  /** True when the pod is bound to a node. */
  public boolean bound() {
    return nodeName != null;
  }

  /** The value of {@code key} as an annotation, else as a label, else null. */
  public String annotationOrLabel(String key) {
    String value = annotations.get(key);
    return value != null ? value : labels.get(key);
  }
}
