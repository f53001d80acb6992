package dev.podium.api.queue;

import dev.podium.api.placement.PolicyOptions;
import java.util.Set;

/**
 * Makes a {@link QueuePolicy}; found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.podium.api.queue.QueuePolicyProvider}). Same contract as {@link
 * dev.podium.api.placement.PlacementPolicyProvider}.
 */
public interface QueuePolicyProvider {

  /** Stable name, e.g. {@code fair-share}. */
  String name();

  /** One line: what the policy does. */
  String description();

  /** The option keys {@link #create} accepts. */
  default Set<String> options() {
    return Set.of();
  }

  /** A new policy configured by {@code options}. */
  QueuePolicy create(PolicyOptions options);
}
