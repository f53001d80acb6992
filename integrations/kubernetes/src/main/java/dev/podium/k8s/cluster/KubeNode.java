package dev.podium.k8s.cluster;

import java.util.Map;
import java.util.Objects;

/**
 * A node as the extender sees it.
 *
 * @param name the node's name
 * @param labels its labels (the topology labels among them)
 * @param gpus its allocatable count of the managed resource ({@code nvidia.com/gpu}); 0 when none
 * @param schedulable true when it is Ready and not cordoned ({@code spec.unschedulable})
 */
public record KubeNode(String name, Map<String, String> labels, int gpus, boolean schedulable) {

  /** Copies the labels. */
  public KubeNode {
    Objects.requireNonNull(name, "name");
    labels = Map.copyOf(labels);
    if (gpus < 0) {
      throw new IllegalArgumentException("node " + name + ": GPUs must be >= 0, was " + gpus);
    }
  }
}
