package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.KubeCluster;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the extender does when it starts: it keeps no state of its own, so it reads the gangs from the
 * API server. A gang whose pods are all bound is placed (its pods hold their GPUs like any bound pod). A
 * gang with some pods bound and some not was cut off mid-bind (the extender stopped between Bindings):
 * its bound pods are deleted, so that no gang stays half-bound; its controller re-creates them and the
 * whole gang is planned again.
 */
public final class Recovery {

  private Recovery() {}

  /**
   * What recovery found and did.
   *
   * @param gangsBound gangs whose pods are all bound
   * @param gangsWaiting gangs with no pod bound
   * @param halfBound gangs that were half-bound, with the pods deleted from each
   * @param errors deletions that failed
   */
  public record Report(int gangsBound, int gangsWaiting, Map<String, List<PodRef>> halfBound, List<String> errors) {

    /** Copies the collections. */
    public Report {
      halfBound = Map.copyOf(halfBound);
      errors = List.copyOf(errors);
    }
  }

  /** Reads the gangs from {@code cluster} and deletes the bound pods of half-bound gangs. */
  public static Report run(KubeCluster cluster, GangKeys keys) {
    Map<String, List<KubePod>> gangs = new LinkedHashMap<>();
    for (KubePod pod : cluster.pods()) {
      if (GangRequest.isLabelled(pod, keys) && !pod.terminating()) {
        gangs.computeIfAbsent(GangRequest.keyOf(pod, keys), k -> new ArrayList<>()).add(pod);
      }
    }
    int bound = 0;
    int waiting = 0;
    Map<String, List<PodRef>> halfBound = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, List<KubePod>> gang : gangs.entrySet()) {
      List<PodRef> boundPods = gang.getValue().stream().filter(KubePod::bound).map(KubePod::ref).toList();
      if (boundPods.isEmpty()) {
        waiting++;
      } else if (boundPods.size() == gang.getValue().size()) {
        bound++;
      } else {
        halfBound.put(gang.getKey(), boundPods);
        errors.addAll(GangBinding.deleteAll(cluster, boundPods));
      }
    }
    return new Report(bound, waiting, halfBound, errors);
  }
}
