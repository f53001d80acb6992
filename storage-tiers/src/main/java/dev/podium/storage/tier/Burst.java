package dev.podium.storage.tier;

import dev.podium.topology.generate.FieldException;

/**
 * A tier's peak rate and how long it lasts: the tier moves bytes at up to {@code peakBytesPerSecond}
 * (in each direction) for the first {@code seconds} of a burst, then at its sustained rates. A burst
 * starts with a full budget: the tier is assumed idle long enough before it to have recovered.
 *
 * @param peakBytesPerSecond aggregate peak rate, 0 for none
 * @param seconds how long the peak lasts, 0 for none
 */
public record Burst(double peakBytesPerSecond, double seconds) {

  /** No burst: the tier always runs at its sustained rates. */
  public static final Burst NONE = new Burst(0, 0);

  /** Checks that both figures are finite and >= 0, and both zero or both positive. */
  public Burst {
    if (!(peakBytesPerSecond >= 0) || Double.isInfinite(peakBytesPerSecond)) {
      throw new FieldException("peakBytesPerSecond", "must be finite and >= 0, was " + peakBytesPerSecond);
    }
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new FieldException("burstSeconds", "must be finite and >= 0, was " + seconds);
    }
    if ((peakBytesPerSecond > 0) != (seconds > 0)) {
      throw new FieldException(peakBytesPerSecond > 0 ? "burstSeconds" : "peakBytesPerSecond",
          "peakBytesPerSecond and burstSeconds go together: both > 0 or both absent");
    }
  }

  /** True when the tier has a peak rate above its sustained rates for some time. */
  public boolean isPresent() {
    return peakBytesPerSecond > 0;
  }

  /** Bytes the tier can move at its peak rate before falling back: peak x seconds. */
  public double budgetBytes() {
    return peakBytesPerSecond * seconds;
  }
}
