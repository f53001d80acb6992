package dev.podium.storage.share;

import dev.podium.storage.tier.Direction;
import java.util.Objects;

/**
 * A group of identical streams that each move {@code bytes} through a tier, all starting together.
 *
 * @param direction read or write
 * @param bytes bytes per stream, finite and >= 0
 * @param count streams in the group, >= 0
 * @param capBytesPerSecond each stream's own ceiling (its link), > 0; {@code +Infinity} for none
 */
public record Transfer(Direction direction, double bytes, int count, double capBytesPerSecond) {

  /** Checks every field. */
  public Transfer {
    Objects.requireNonNull(direction, "direction");
    if (!(bytes >= 0) || Double.isInfinite(bytes)) {
      throw new IllegalArgumentException("transfer: bytes must be finite and >= 0, was " + bytes);
    }
    if (count < 0) {
      throw new IllegalArgumentException("transfer: count must be >= 0, was " + count);
    }
    if (!(capBytesPerSecond > 0)) {
      throw new IllegalArgumentException("transfer: cap must be > 0 (+Infinity for none), was " + capBytesPerSecond);
    }
  }

  /** Bytes of all streams together. */
  public double totalBytes() {
    return bytes * count;
  }

  /** The bandwidth demand of this group while {@code active}, else an empty one. */
  Demand demand(boolean active) {
    return new Demand(direction, active ? count : 0, capBytesPerSecond);
  }
}
