package dev.podium.k8s.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * kube-scheduler's {@code ExtenderFilterResult} with {@code nodeCacheCapable: true}: the nodes that pass
 * ({@code NodeNames}, never null, so kube-scheduler reads it), the others with their reasons
 * ({@code FailedNodes}; kube-scheduler prints them as "0/N nodes are available: k reason") and
 * {@code Error} (kube-scheduler reports it as the scheduling error itself).
 */
@JsonPropertyOrder({"NodeNames", "FailedNodes", "Error"})
public record ExtenderFilterResult(
    @JsonProperty("NodeNames") List<String> nodeNames,
    @JsonProperty("FailedNodes") Map<String, String> failedNodes,
    @JsonProperty("Error") String error) {}
