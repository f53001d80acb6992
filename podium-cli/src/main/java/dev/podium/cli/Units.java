package dev.podium.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats SI quantities for people. */
final class Units {

  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E", "Z"};
  private static final Pattern DURATION =
      Pattern.compile("((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(ms|s|m|min|h|d)?");

  private Units() {}

  /** {@code 1.97e15, "B"} becomes {@code "1.97 PB"}. */
  static String si(double value, String unit) {
    if (value == 0 || Double.isInfinite(value) || Double.isNaN(value)) {
      return value == 0 ? "0 " + unit : "-";
    }
    int prefix = 0;
    double scaled = value;
    while (Math.abs(scaled) >= 1000 && prefix < PREFIXES.length - 1) {
      scaled /= 1000;
      prefix++;
    }
    return String.format(Locale.ROOT, scaled >= 100 ? "%.0f %s%s" : "%.3g %s%s", scaled, PREFIXES[prefix], unit);
  }

  /** Seconds as µs with two decimals. */
  static String micros(double seconds) {
    return String.format(Locale.ROOT, "%.2f µs", seconds * 1e6);
  }

  /** Thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Seconds for people: {@code "0.52 s"} below 10 s, else whole seconds with separators, {@code "48,058 s"}. */
  static String seconds(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "-";
    }
    return Math.abs(seconds) < 10 ? String.format(Locale.ROOT, "%.2f s", seconds)
        : String.format(Locale.ROOT, "%,.0f s", seconds);
  }

  /**
   * Parses a duration for people: a number with an optional unit {@code ms}, {@code s}, {@code m}
   * or {@code min}, {@code h}, {@code d} ({@code 10m}, {@code 600s}, {@code 1.5h}); a bare number is
   * seconds. Returns seconds; throws naming {@code option} and the text when it is not a duration > 0.
   */
  static double durationSeconds(String option, String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.trim());
    double seconds = Double.NaN;
    if (m.matches()) {
      double value = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      seconds = value * switch (unit) {
        case "ms" -> 1e-3;
        case "m", "min" -> 60;
        case "h" -> 3600;
        case "d" -> 86_400;
        default -> 1;
      };
    }
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(option + ": '" + text + "' is not a duration > 0 (a number with s, m, h"
          + " or d, like 600s, 10m, 1h; a bare number is seconds)");
    }
    return seconds;
  }

  /** A fraction as a percentage with one decimal, {@code 0.1387} becomes {@code "13.9%"}. */
  static String percent(double fraction) {
    return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction) : "-";
  }
}
