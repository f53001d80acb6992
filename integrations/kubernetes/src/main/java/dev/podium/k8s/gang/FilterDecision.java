package dev.podium.k8s.gang;

import java.util.List;
import java.util.Map;

/**
 * The extender's answer to one filter call.
 *
 * @param kind what happened, for metrics
 * @param nodeNames the nodes the pod may go to (at most one: its rank's node)
 * @param failedNodes every other node, with the reason
 * @param error an error for kube-scheduler to report as is (empty when none)
 */
public record FilterDecision(Kind kind, List<String> nodeNames, Map<String, String> failedNodes, String error) {

  /** What happened. */
  public enum Kind {
    /** The pod goes to its rank's node. */
    STEERED,
    /** The gang does not fit now (or cannot be placed whole); every node failed with the reason. */
    UNSCHEDULABLE,
    /** The pod's planned node is not among the nodes kube-scheduler passed. */
    PLANNED_NODE_NOT_PASSED,
    /** The pod's gang keys are malformed or disagree with its gang: {@link #error} says which. */
    INVALID
  }

  /** Copies the collections. */
  public FilterDecision {
    nodeNames = List.copyOf(nodeNames);
    failedNodes = Map.copyOf(failedNodes);
  }
}
