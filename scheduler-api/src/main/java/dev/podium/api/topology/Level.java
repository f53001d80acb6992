package dev.podium.api.topology;

import java.util.Objects;

/**
 * One locality level of a fabric, such as {@code host}, {@code rack} or {@code pod}.
 *
 * <p>Level {@code 0} is the accelerator itself; the last level is the whole fabric. Traffic between
 * two accelerators whose lowest common level is {@code index} is served at that level's bandwidth.
 *
 * @param index position in {@link TopologyView#levels()}, 0 for the accelerator level
 * @param name stable lower-case name, unique within a fabric (e.g. {@code rack})
 * @param domains number of domains at this level, at least 1
 * @param bandwidthBytesPerSecond bandwidth per accelerator, per direction, for traffic whose
 *     lowest common level is this one, after oversubscription; {@code +Infinity} at level 0
 * @param latencySeconds one-way latency between two accelerators whose lowest common level is this
 *     one; 0 at level 0
 * @param oversubscription ratio of the capacity that enters this level's switches from below to the
 *     capacity that leaves them upward ({@code 1.0} means full bisection); at least 1 for a
 *     non-blocking or oversubscribed tier, below 1 when uplinks exceed downlinks
 */
public record Level(
    int index,
    String name,
    int domains,
    double bandwidthBytesPerSecond,
    double latencySeconds,
    double oversubscription) {

  /** Checks the ranges documented on the record components. */
  public Level {
    Objects.requireNonNull(name, "name");
    if (index < 0) {
      throw new IllegalArgumentException("level index must be >= 0, was " + index);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("level name must not be blank");
    }
    if (domains < 1) {
      throw new IllegalArgumentException("level " + name + ": domains must be >= 1, was " + domains);
    }
    if (!(bandwidthBytesPerSecond > 0)) {
      throw new IllegalArgumentException(
          "level " + name + ": bandwidth must be > 0, was " + bandwidthBytesPerSecond);
    }
    if (!(latencySeconds >= 0) || Double.isInfinite(latencySeconds)) {
      throw new IllegalArgumentException(
          "level " + name + ": latency must be finite and >= 0, was " + latencySeconds);
    }
    if (!(oversubscription > 0) || Double.isInfinite(oversubscription)) {
      throw new IllegalArgumentException(
          "level " + name + ": oversubscription must be finite and > 0, was " + oversubscription);
    }
  }
}
