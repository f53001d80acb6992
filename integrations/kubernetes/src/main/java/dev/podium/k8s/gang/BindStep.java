package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.PodRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a bind call starts.
 *
 * @param answer completes with the bind's answer: empty when the pod is bound, else the error for
 *     kube-scheduler (it also completes with an error when the gang times out); the caller bounds the wait
 * @param commit the Bindings to create now that the gang is complete, or null
 */
public record BindStep(CompletableFuture<String> answer, Commit commit) {

  /** A bind answered at once. */
  static BindStep answered(String error) {
    return new BindStep(CompletableFuture.completedFuture(error), null);
  }

  /**
   * Every Binding of a complete gang.
   *
   * @param gang the gang's key
   * @param pods the pods in rank order
   * @param nodes their nodes
   */
  public record Commit(String gang, List<PodRef> pods, List<String> nodes) {

    /** Copies the lists. */
    public Commit {
      pods = List.copyOf(pods);
      nodes = List.copyOf(nodes);
    }
  }
}
