package dev.podium.topology.catalog;

import java.util.Objects;

/**
 * A host-local NVMe drive.
 *
 * @param name catalog key
 * @param description what it is
 * @param capacityBytes usable capacity
 * @param readBytesPerSecond sequential read bandwidth
 * @param writeBytesPerSecond sequential write bandwidth
 * @param source where the numbers come from
 */
public record NvmeModel(
    String name,
    String description,
    long capacityBytes,
    double readBytesPerSecond,
    double writeBytesPerSecond,
    String source) {

  /** Validates the figures. */
  public NvmeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (capacityBytes <= 0 || !(readBytesPerSecond > 0) || !(writeBytesPerSecond > 0)) {
      throw new IllegalArgumentException(name + ": capacity and bandwidths must be > 0");
    }
  }
}
