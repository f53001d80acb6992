package dev.podium.k8s.cluster;

import java.util.List;

/**
 * The cluster the extender schedules on: what it reads from the API server and the two things it writes.
 * {@link Fabric8Cluster} is the real one; tests use an in-memory one.
 *
 * <p>Reads must be consistent with the writes made before them (a list after a bind shows the pod
 * bound), as the API server's quorum reads are.
 */
public interface KubeCluster {

  /** Every node. */
  List<KubeNode> nodes();

  /** Every pod that requests the managed resource and has not finished (phase not Succeeded or Failed). */
  List<KubePod> pods();

  /**
   * Binds {@code pod} to {@code node} (a {@code Binding} through the API server).
   *
   * @throws ClusterException when the API server refuses or cannot be reached
   */
  void bind(PodRef pod, String node);

  /**
   * Deletes {@code pod}; a pod that is already gone is not an error.
   *
   * @throws ClusterException when the API server refuses or cannot be reached
   */
  void delete(PodRef pod);
}
