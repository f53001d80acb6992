package dev.podium.sim.workload;

/** Parses one field of a row; failures are {@link RowException}s naming the column and the value. */
final class Fields {

  private Fields() {}

  /** A non-blank text. */
  static String text(String column, String value) {
    if (value == null || value.isBlank()) {
      throw new RowException(column + " is empty");
    }
    return value;
  }

  /** A whole number, at least {@code min}. */
  static long integer(String column, String value, long min) {
    long n;
    try {
      n = Long.parseLong(text(column, value));
    } catch (NumberFormatException e) {
      throw new RowException(column + ": '" + value + "' is not an integer");
    }
    if (n < min) {
      throw new RowException(column + " must be >= " + min + ", was " + n);
    }
    return n;
  }

  /** A whole number that fits an {@code int}, at least {@code min}. */
  static int intValue(String column, String value, int min) {
    long n = integer(column, value, min);
    if (n > Integer.MAX_VALUE) {
      throw new RowException(column + " is too large: " + n);
    }
    return (int) n;
  }

  /** A finite number, at least 0. */
  static double nonNegative(String column, String value) {
    double x = number(column, value);
    if (x < 0) {
      throw new RowException(column + " must be >= 0, was " + value);
    }
    return x;
  }

  /** A finite number above 0. */
  static double positive(String column, String value) {
    double x = number(column, value);
    if (x <= 0) {
      throw new RowException(column + " must be > 0, was " + value);
    }
    return x;
  }

  private static double number(String column, String value) {
    double x;
    try {
      x = Double.parseDouble(text(column, value));
    } catch (NumberFormatException e) {
      throw new RowException(column + ": '" + value + "' is not a number");
    }
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new RowException(column + ": '" + value + "' is not a finite number");
    }
    return x;
  }
}
