package dev.podium.storage.tier;

import dev.podium.topology.generate.FieldException;
import java.util.Objects;

/**
 * One storage tier. Rates are aggregates: for a hot tier the rates of one host's drives together,
 * for a shared tier what the whole service delivers to all its clients together.
 *
 * @param name display name, non-blank
 * @param kind hot, warm or cold
 * @param capacityBytes usable capacity, > 0
 * @param readBytesPerSecond sustained aggregate read rate, > 0
 * @param writeBytesPerSecond sustained aggregate write rate, > 0
 * @param burst peak rate and its duration, {@link Burst#NONE} when there is none
 * @param latencySeconds time to the first byte of a transfer, >= 0
 * @param source where the figures come from
 */
public record Tier(
    String name,
    TierKind kind,
    long capacityBytes,
    double readBytesPerSecond,
    double writeBytesPerSecond,
    Burst burst,
    double latencySeconds,
    String source) {

  /** Checks every figure; the message names the field. */
  public Tier {
    if (name == null || name.isBlank()) {
      throw new FieldException("name", "must be non-blank");
    }
    if (kind == null) {
      throw new FieldException("kind", "required; one of " + TierKind.keys());
    }
    if (capacityBytes <= 0) {
      throw new FieldException("capacityBytes", "must be > 0, was " + capacityBytes);
    }
    rate("readBytesPerSecond", readBytesPerSecond);
    rate("writeBytesPerSecond", writeBytesPerSecond);
    burst = burst == null ? Burst.NONE : burst;
    double sustained = Math.max(readBytesPerSecond, writeBytesPerSecond);
    if (burst.isPresent() && burst.peakBytesPerSecond() < sustained) {
      throw new FieldException("peakBytesPerSecond", "must be >= the sustained read and write rates ("
          + sustained + "), was " + burst.peakBytesPerSecond());
    }
    if (!(latencySeconds >= 0) || Double.isInfinite(latencySeconds)) {
      throw new FieldException("latencySeconds", "must be finite and >= 0, was " + latencySeconds);
    }
    source = Objects.requireNonNullElse(source, "");
  }

  /** Sustained aggregate rate in {@code direction}. */
  public double sustainedBytesPerSecond(Direction direction) {
    return direction == Direction.READ ? readBytesPerSecond : writeBytesPerSecond;
  }

  /** Aggregate rate in {@code direction} while the burst budget lasts (the sustained rate without one). */
  public double peakBytesPerSecond(Direction direction) {
    return burst.isPresent() ? burst.peakBytesPerSecond() : sustainedBytesPerSecond(direction);
  }

  /** This tier without its burst: always at sustained rates. */
  public Tier sustainedOnly() {
    return burst.isPresent()
        ? new Tier(name, kind, capacityBytes, readBytesPerSecond, writeBytesPerSecond, Burst.NONE, latencySeconds,
            source)
        : this;
  }

  private static void rate(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new FieldException(field, "must be finite and > 0, was " + value);
    }
  }
}
