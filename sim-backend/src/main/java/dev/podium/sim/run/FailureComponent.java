package dev.podium.sim.run;

import java.util.Objects;

/**
 * One failure cause of a {@link FailureModel}: its name, what it takes down, and its share of all
 * failures.
 *
 * @param name a label, e.g. {@code gpu} or {@code network-switch-cable}
 * @param scope what a failure of it takes down
 * @param share its fraction of all failures, in [0, 1]
 */
public record FailureComponent(String name, FailureScope scope, double share) {

  /** Checks the name, scope and share. */
  public FailureComponent {
    Objects.requireNonNull(scope, "scope");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("failure component: name must not be blank");
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("failure component " + name + ": share must be in [0, 1], was " + share);
    }
  }
}
