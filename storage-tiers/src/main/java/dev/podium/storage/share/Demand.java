package dev.podium.storage.share;

import dev.podium.storage.tier.Direction;
import java.util.Objects;

/**
 * A group of identical streams asking a tier for bandwidth.
 *
 * @param direction read or write
 * @param count streams in the group, >= 0
 * @param capBytesPerSecond each stream's own ceiling (its link), > 0; {@code +Infinity} for none
 */
public record Demand(Direction direction, int count, double capBytesPerSecond) {

  /** Checks the count and the cap. */
  public Demand {
    Objects.requireNonNull(direction, "direction");
    if (count < 0) {
      throw new IllegalArgumentException("demand: count must be >= 0, was " + count);
    }
    if (!(capBytesPerSecond > 0)) {
      throw new IllegalArgumentException("demand: cap must be > 0 (+Infinity for none), was " + capBytesPerSecond);
    }
  }
}
