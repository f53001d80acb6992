package dev.podium.topology.generate;

import java.util.List;

/** Range checks that throw {@link FieldException} naming the field and the value found. */
public final class FieldChecks {

  private FieldChecks() {}

  /** {@code value}, or a failure of {@code field} when it is null. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new FieldException(field, "required");
    }
    return value;
  }

  /** An immutable copy of {@code list}, failing on a missing list or a missing element. */
  public static <T> List<T> elements(String field, List<T> list) {
    required(field, list);
    for (int i = 0; i < list.size(); i++) {
      required(field + "[" + i + "]", list.get(i));
    }
    return List.copyOf(list);
  }

  /** {@code value}, or a failure of {@code field} when it is blank. */
  public static String name(String field, String value) {
    required(field, value);
    if (value.isBlank()) {
      throw new FieldException(field, "must not be blank");
    }
    return value;
  }

  /** {@code value}, or a failure of {@code field} when it is below {@code min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new FieldException(field, "must be >= " + min + ", was " + value);
    }
    return value;
  }

  /** {@code value} (or {@code fallback} when null), failing when it is below {@code min}. */
  public static int atLeast(String field, Integer value, int fallback, int min) {
    return atLeast(field, value == null ? fallback : value, min);
  }

  /** {@code value}, or a failure of {@code field} when it is not finite and positive. */
  public static double positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new FieldException(field, "must be > 0, was " + number(value));
    }
    return value;
  }

  /** {@code value} (or {@code fallback} when null), failing when it is not finite and positive. */
  public static double positive(String field, Double value, double fallback) {
    return positive(field, value == null ? fallback : value);
  }

  /** A number as a spec writes it: {@code 7} rather than {@code 7.0}. */
  public static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
