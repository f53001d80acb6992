package dev.podium.api.placement;

import java.util.Set;

/**
 * Makes a {@link PlacementPolicy}; found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.podium.api.placement.PlacementPolicyProvider}).
 *
 * <p><b>Contract.</b> Needs a public no-argument constructor; {@link #name()} is stable, lower-case
 * with dashes, unique among providers; {@link #create} rejects unknown or malformed options with an
 * {@link IllegalArgumentException} naming the option. Thread-safe.
 */
public interface PlacementPolicyProvider {

  /** Stable name, e.g. {@code topology-aware}. */
  String name();

  /** One line: what the policy does and, for emulations, whose logic it follows. */
  String description();

  /** The option keys {@link #create} accepts. */
  default Set<String> options() {
    return Set.of();
  }

  /** A new policy configured by {@code options}. */
  PlacementPolicy create(PolicyOptions options);
}
