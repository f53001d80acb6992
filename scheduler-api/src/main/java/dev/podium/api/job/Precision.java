package dev.podium.api.job;

import java.util.Locale;

/** Numeric precision of training arithmetic and of hardware peak figures. */
public enum Precision {
  FP32(4),
  BF16(2),
  FP16(2),
  FP8(1),
  INT8(1),
  FP4(0.5);

  private final double bytes;

  Precision(double bytes) {
    this.bytes = bytes;
  }

  /** Bytes per element. */
  public double bytes() {
    return bytes;
  }

  /** Lower-case key used in JSON and on the command line ({@code bf16}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The precision with this key, case-insensitive. */
  public static Precision of(String key) {
    for (Precision p : values()) {
      if (p.name().equalsIgnoreCase(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown precision '" + key + "'; known: fp32, bf16, fp16, fp8, int8, fp4");
  }
}
