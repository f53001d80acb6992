package dev.podium.topology.generate;

import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;

/**
 * One switch level of a {@link TreeSpec}: every domain of the level has one logical switch whose
 * tier is the level's name.
 *
 * @param level level name, e.g. {@code tor}, {@code pod}, {@code core}
 * @param switchModel the part the logical switches stand for, or null when it is not known; the tree
 *     generator does not check radix, a logical switch aggregates the domain's ports
 * @param uplink link type from this level's switches to the parent level's switch (null on the top)
 * @param oversubscription a domain switch's downlink capacity over its uplink capacity; 1 on the top
 *     level, which has no uplinks
 */
public record TreeTier(String level, SwitchModel switchModel, LinkModel uplink, double oversubscription) {

  /** Checks the name and the ratio. */
  public TreeTier {
    FieldChecks.name("level", level);
    if (!(oversubscription > 0) || Double.isInfinite(oversubscription)) {
      throw new FieldException("oversubscription", "must be > 0, was " + FieldChecks.number(oversubscription)
          + " (level '" + level + "')");
    }
  }
}
