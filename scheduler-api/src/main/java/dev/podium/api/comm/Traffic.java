package dev.podium.api.comm;

import java.util.Objects;

/**
 * One kind of communication of a job: a collective run by every group of a dimension.
 *
 * @param dimension the parallel dimension
 * @param collective the pattern (see {@link Collective} for what {@code messageBytes} means)
 * @param groups the rank groups that each run it, concurrently
 * @param messageBytes buffer bytes of one call, per rank
 * @param callsPerStep calls per optimizer step (may be fractional when layers do not divide evenly
 *     over pipeline stages)
 */
public record Traffic(
    Dimension dimension, Collective collective, RankGroups groups, double messageBytes, double callsPerStep) {

  /** Checks the ranges. */
  public Traffic {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(collective, "collective");
    Objects.requireNonNull(groups, "groups");
    if (!(messageBytes >= 0) || Double.isInfinite(messageBytes)) {
      throw new IllegalArgumentException(dimension + " traffic: messageBytes must be finite and >= 0, was " + messageBytes);
    }
    if (!(callsPerStep >= 0) || Double.isInfinite(callsPerStep)) {
      throw new IllegalArgumentException(dimension + " traffic: callsPerStep must be finite and >= 0, was " + callsPerStep);
    }
  }

  /** Buffer bytes per rank per step: {@code messageBytes * callsPerStep}. */
  public double bytesPerStep() {
    return messageBytes * callsPerStep;
  }
}
