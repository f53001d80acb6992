package dev.podium.k8s.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of kube-scheduler's {@code HostPriorityList}, the prioritize answer: {@code {"Host", "Score"}}
 * with the score in {@code [0, }{@value #MAX_EXTENDER_PRIORITY}{@code ]}.
 */
@JsonPropertyOrder({"Host", "Score"})
public record HostPriority(@JsonProperty("Host") String host, @JsonProperty("Score") long score) {

  /** {@code MaxExtenderPriority} in k8s.io/kube-scheduler/extender/v1 (v1.20). */
  public static final int MAX_EXTENDER_PRIORITY = 10;
}
