package dev.podium.topology.generate;

import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import java.util.Objects;

/**
 * One switch tier of a CLOS fabric and the locality level its switches serve.
 *
 * @param level name of the level whose domains this tier's switches connect (e.g. {@code rack})
 * @param switchTier name of the switch tier (e.g. {@code rtsw}, {@code leaf})
 * @param children hosts per domain for the first tier; child domains per domain above it
 * @param switches switches per domain; 0 derives the count from the switch radix
 * @param oversubscription downlink capacity over uplink capacity of this tier's switches (1 is full
 *     bisection, 7 is Meta's 1:7 aggregation); must be 1 on the top tier, which has no uplinks
 * @param switchModel the switch part (its radix bounds the ports a switch may use)
 * @param uplink the link type from this tier's switches to the next tier (null on the top tier)
 */
public record ClosTier(
    String level,
    String switchTier,
    int children,
    int switches,
    double oversubscription,
    SwitchModel switchModel,
    LinkModel uplink) {

  /** Checks the ranges above. */
  public ClosTier {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(switchTier, "switchTier");
    Objects.requireNonNull(switchModel, "switchModel");
    if (children < 1) {
      throw new IllegalArgumentException("tier " + level + ": children must be >= 1, was " + children);
    }
    if (switches < 0) {
      throw new IllegalArgumentException("tier " + level + ": switches must be >= 0, was " + switches);
    }
    if (!(oversubscription > 0) || Double.isInfinite(oversubscription)) {
      throw new IllegalArgumentException(
          "tier " + level + ": oversubscription must be finite and > 0, was " + oversubscription);
    }
  }
}
