package dev.podium.storage.spec;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes, rates and durations as spec files write them: a number with an optional unit, e.g. {@code
 * 240 PB}, {@code 3.84TB}, {@code 2 TB/s}, {@code 7e12}, {@code 1 ms}. Decimal units (kB, KB, MB, GB,
 * TB, PB, EB) and binary units (KiB ... EiB); rates end in {@code /s}; a bare number is bytes, bytes
 * per second or seconds. Bits ({@code Gb/s}) are refused so that a factor of 8 cannot slip in.
 */
public final class Quantities {

  private static final Pattern QUANTITY =
      Pattern.compile("([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S*)");
  private static final Map<String, Double> BYTE_UNITS = new LinkedHashMap<>();
  private static final Map<String, Double> TIME_UNITS = new LinkedHashMap<>();
  private static final String[] DISPLAY = {"EB", "PB", "TB", "GB", "MB", "kB"};

  static {
    BYTE_UNITS.put("", 1d);
    BYTE_UNITS.put("B", 1d);
    String[] prefixes = {"K", "M", "G", "T", "P", "E"};
    BYTE_UNITS.put("kB", 1e3);
    for (int i = 0; i < prefixes.length; i++) {
      BYTE_UNITS.put(prefixes[i] + "B", Math.pow(1000, i + 1));
    }
    for (int i = 0; i < prefixes.length; i++) {
      BYTE_UNITS.put(prefixes[i] + "iB", Math.pow(1024, i + 1));
    }
    TIME_UNITS.put("", 1d);
    TIME_UNITS.put("s", 1d);
    TIME_UNITS.put("ms", 1e-3);
    TIME_UNITS.put("us", 1e-6);
    TIME_UNITS.put("µs", 1e-6);
    TIME_UNITS.put("ns", 1e-9);
    TIME_UNITS.put("min", 60d);
  }

  private Quantities() {}

  /** Bytes, e.g. {@code 240 PB} or {@code 4096}; throws with the reason when {@code text} is not a size. */
  public static long bytes(String text) {
    double value = parse(text, BYTE_UNITS, "", "a size like '240 PB', '3.84 TB' or a number of bytes");
    if (Math.abs(value) >= 0x1p63) {
      throw new IllegalArgumentException("too large: " + text.trim());
    }
    return Math.round(value);
  }

  /** Bytes per second, e.g. {@code 2 TB/s}; {@code inf} for no limit. */
  public static double rate(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase(".inf") || t.equalsIgnoreCase("infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    return parse(text, BYTE_UNITS, "/s", "a rate like '2 TB/s', '40 GB/s' or a number of bytes per second");
  }

  /** Seconds, e.g. {@code 1 ms} or {@code 0.5}. */
  public static double seconds(String text) {
    return parse(text, TIME_UNITS, "", "a duration like '1 ms', '0.5 s' or a number of seconds");
  }

  /** {@code bytes} in the largest decimal unit that keeps the number >= 1, e.g. {@code 6.48 TB}. */
  public static String format(double bytes) {
    for (String unit : DISPLAY) {
      double scale = BYTE_UNITS.get(unit);
      if (Math.abs(bytes) >= scale) {
        return plain(bytes / scale) + " " + unit;
      }
    }
    return plain(bytes) + " B";
  }

  /** {@code bytesPerSecond} as {@link #format} plus {@code /s}. */
  public static String formatRate(double bytesPerSecond) {
    return Double.isInfinite(bytesPerSecond) ? "unlimited" : format(bytesPerSecond) + "/s";
  }

  private static double parse(String text, Map<String, Double> units, String suffix, String expected) {
    Matcher m = QUANTITY.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("expected " + expected + ", was '" + text + "'");
    }
    String unit = m.group(2);
    if (!suffix.isEmpty() && !unit.isEmpty()) {
      if (!unit.endsWith(suffix)) {
        throw new IllegalArgumentException("a rate needs a unit ending in /s, e.g. '2 TB/s'; was '" + text + "'");
      }
      unit = unit.substring(0, unit.length() - suffix.length());
    }
    Double scale = units.get(unit);
    if (scale == null) {
      if (unit.matches("[kKMGTPE]?i?b")) {
        throw new IllegalArgumentException("bits are not accepted, give bytes (1 GB/s = 8 Gb/s); was '" + text + "'");
      }
      throw new IllegalArgumentException("unknown unit '" + unit + "' in '" + text + "'; known: "
          + String.join(", ", units.keySet().stream().filter(u -> !u.isEmpty()).toList()) + suffix(suffix));
    }
    return Double.parseDouble(m.group(1)) * scale;
  }

  private static String suffix(String suffix) {
    return suffix.isEmpty() ? "" : " (each followed by " + suffix + ")";
  }

  private static String plain(double value) {
    return new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
