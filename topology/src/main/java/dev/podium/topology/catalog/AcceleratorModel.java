package dev.podium.topology.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One accelerator part with its published per-chip figures.
 *
 * @param name catalog key, e.g. {@code H100}
 * @param description the part as its vendor names it
 * @param denseFlops dense peak FLOP/s per chip by precision (no sparsity)
 * @param hbmBytes HBM capacity per chip, in bytes
 * @param hbmBytesPerSecond HBM bandwidth per chip
 * @param tdpWatts board power; 0 where none is published
 * @param source where the numbers come from, with the tags of hardware.md
 */
public record AcceleratorModel(
    String name,
    String description,
    Map<Precision, Double> denseFlops,
    long hbmBytes,
    double hbmBytesPerSecond,
    double tdpWatts,
    String source) {

  /** Validates and freezes the figures. */
  public AcceleratorModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (denseFlops.isEmpty()) {
      throw new IllegalArgumentException(name + ": at least one peak FLOP/s figure is required");
    }
    denseFlops.forEach(
        (p, f) -> {
          if (!(f > 0)) {
            throw new IllegalArgumentException(name + ": peak " + p.key() + " must be > 0, was " + f);
          }
        });
    if (hbmBytes <= 0 || !(hbmBytesPerSecond > 0) || !(tdpWatts >= 0)) {
      throw new IllegalArgumentException(name + ": HBM and HBM bandwidth must be > 0, TDP >= 0");
    }
    denseFlops = Map.copyOf(new EnumMap<>(denseFlops));
  }

  /** Dense peak FLOP/s at {@code precision}, or 0 when the part has no such figure. */
  public double peakFlops(Precision precision) {
    return denseFlops.getOrDefault(precision, 0.0);
  }
}
