package dev.podium.benchmarks.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the report prints them: about three significant digits, thousands separated, in Locale.ROOT. */
final class Figures {

  static final double MIB = 1024.0 * 1024.0;
  /** Shown for a figure that does not exist, e.g. JMH's error over a single iteration. */
  static final String NONE = "—";

  private Figures() {}

  /** About three significant digits: 1,234 / 123 / 12.3 / 1.23 / 0.123 / 0.0123; NaN as {@link #NONE}. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return NONE;
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (abs == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A round figure such as a target, without trailing zeros: 5, 50, 2.5. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code mean ± error}, or just the mean when the error is NaN. */
  static String meanError(double mean, double error) {
    return Double.isNaN(error) ? number(mean) : number(mean) + " ± " + number(error);
  }

  /** A count with thousands separators. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Bytes in MiB with one decimal. */
  static String mib(double bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / MIB);
  }

  /** Bytes in B, KiB or MiB, whichever keeps the number readable. */
  static String bytes(double bytes) {
    if (bytes < 1024) {
      return String.format(Locale.ROOT, "%.0f B", bytes);
    }
    if (bytes < MIB) {
      return number(bytes / 1024) + " KiB";
    }
    return number(bytes / MIB) + " MiB";
  }

  /** Seconds with two decimals. */
  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds);
  }

  /** Minutes with one decimal. */
  static String minutes(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds / 60);
  }

  /** A ratio as {@code 4.7×}. */
  static String times(double ratio) {
    return number(ratio) + "×";
  }

  /** A fraction as a percentage with no decimals, e.g. {@code 45 %}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
  }

  /** A load average with two decimals; NaN as {@link #NONE}. */
  static String load(double load) {
    return Double.isNaN(load) ? NONE : String.format(Locale.ROOT, "%.2f", load);
  }

  /** An external table's cell: integers with separators, decimals as written, text as is. */
  static String cell(Object value) {
    if (value instanceof BigInteger integer) {
      return String.format(Locale.ROOT, "%,d", integer);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }
}
