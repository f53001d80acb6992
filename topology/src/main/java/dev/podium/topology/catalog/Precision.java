package dev.podium.topology.catalog;

import java.util.Locale;

/** Numeric precision of a peak-throughput figure. */
public enum Precision {
  BF16,
  FP8,
  FP4,
  INT8;

  /** Lower-case key used in JSON and on the command line ({@code bf16}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
