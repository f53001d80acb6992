package dev.podium.k8s.cluster;

import java.util.Objects;

/**
 * A pod by namespace, name and uid.
 *
 * @param namespace the pod's namespace
 * @param name the pod's name
 * @param uid the pod's uid (may be empty when unknown)
 */
public record PodRef(String namespace, String name, String uid) {

  /** Checks that namespace and name are given. */
  public PodRef {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    uid = uid == null ? "" : uid;
  }

  /** {@code namespace/name}, as kubectl and kube-scheduler print pods. */
  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
