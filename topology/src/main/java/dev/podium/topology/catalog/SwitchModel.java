package dev.podium.topology.catalog;

import java.util.Objects;

/**
 * One switch part.
 *
 * @param name catalog key, e.g. {@code qm9700}
 * @param description what it is
 * @param radix number of logical ports
 * @param portGbps rate of one port per direction
 * @param source where the numbers come from
 */
public record SwitchModel(String name, String description, int radix, double portGbps, String source) {

  /** Validates the figures. */
  public SwitchModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (radix < 2 || !(portGbps > 0)) {
      throw new IllegalArgumentException(name + ": radix must be >= 2 and port rate > 0");
    }
  }
}
