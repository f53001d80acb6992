package dev.podium.k8s.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** kube-scheduler's {@code ExtenderBindingResult}: {@code {"Error": ""}} when the pod is bound. */
public record ExtenderBindingResult(@JsonProperty("Error") String error) {}
