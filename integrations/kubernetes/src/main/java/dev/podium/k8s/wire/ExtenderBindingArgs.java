package dev.podium.k8s.wire;

import dev.podium.k8s.cluster.PodRef;

/**
 * kube-scheduler's {@code ExtenderBindingArgs}: {@code {"PodName", "PodNamespace", "PodUID", "Node"}}.
 *
 * @param pod the pod to bind
 * @param node the node kube-scheduler chose
 */
public record ExtenderBindingArgs(PodRef pod, String node) {}
