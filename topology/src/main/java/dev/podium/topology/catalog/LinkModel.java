package dev.podium.topology.catalog;

import java.util.Objects;

/**
 * One kind of link with its published rate.
 *
 * @param name catalog key, e.g. {@code ib-ndr}
 * @param description what it is
 * @param gbpsPerDirection line rate per direction in Gb/s (full duplex)
 * @param latencySeconds one-way latency contributed by one hop over this link, switch included
 * @param source where the numbers come from
 */
public record LinkModel(
    String name, String description, double gbpsPerDirection, double latencySeconds, String source) {

  /** Validates the figures. */
  public LinkModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (!(gbpsPerDirection > 0) || Double.isInfinite(gbpsPerDirection)) {
      throw new IllegalArgumentException(name + ": rate must be finite and > 0 Gb/s, was " + gbpsPerDirection);
    }
    if (!(latencySeconds >= 0)) {
      throw new IllegalArgumentException(name + ": latency must be >= 0, was " + latencySeconds);
    }
  }

  /** Line rate per direction in bytes per second. */
  public double bytesPerSecond() {
    return gbpsPerDirection * 1e9 / 8;
  }

  /** The same link with another rate, e.g. an aggregate of several ports or a per-GPU share. */
  public LinkModel withGbps(double gbps) {
    return new LinkModel(name, description, gbps, latencySeconds, source);
  }
}
