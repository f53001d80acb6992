package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.ClusterException;
import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.cluster.PodRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Creates a complete gang's Bindings, all or nothing: when any Binding fails, the pods already bound
 * are deleted (their controllers make new ones), because a Binding cannot be undone and a half-bound
 * gang would hold GPUs without ever running.
 */
public final class GangBinding {

  private GangBinding() {}

  /**
   * Binds every pod of {@code commit}, {@code executor} running the Bindings side by side; returns the
   * empty string when all were made, else the error for every waiting bind (what failed and what was
   * deleted).
   */
  public static String bind(KubeCluster cluster, BindStep.Commit commit, Executor executor) {
    List<CompletableFuture<String>> results = new ArrayList<>(commit.pods().size());
    for (int i = 0; i < commit.pods().size(); i++) {
      PodRef pod = commit.pods().get(i);
      String node = commit.nodes().get(i);
      results.add(CompletableFuture.supplyAsync(() -> {
        try {
          cluster.bind(pod, node);
          return "";
        } catch (ClusterException | IllegalArgumentException e) {
          return e.getMessage();
        }
      }, executor));
    }
    List<PodRef> bound = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      String error = results.get(i).join();
      if (error.isEmpty()) {
        bound.add(commit.pods().get(i));
      } else {
        failures.add(error);
      }
    }
    if (failures.isEmpty()) {
      return "";
    }
    List<String> deleteFailures = deleteAll(cluster, bound);
    return "podium: gang " + commit.gang() + " could not be bound whole: " + failures.get(0)
        + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : "") + "; the " + bound.size()
        + " pods bound were deleted so that no part of the gang runs"
        + (deleteFailures.isEmpty() ? "" : " (deleting failed: " + String.join("; ", deleteFailures) + ")");
  }

  /** Deletes {@code pods}; returns the failures. */
  static List<String> deleteAll(KubeCluster cluster, List<PodRef> pods) {
    List<String> failures = new ArrayList<>();
    for (PodRef pod : pods) {
      try {
        cluster.delete(pod);
      } catch (ClusterException e) {
        failures.add(e.getMessage());
      }
    }
    return failures;
  }
}
