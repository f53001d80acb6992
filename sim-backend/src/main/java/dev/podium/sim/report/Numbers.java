package dev.podium.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as reports write them: the exact binary value rounded half-even to 12 significant digits,
 * in plain notation without trailing zeros ({@code 30}, {@code 0.138674276524},
 * {@code 218591543423883000}). Independent of the JDK's {@code Double.toString}, so the same double
 * reads the same on every run and every JVM. Non-finite values are an empty CSV cell or JSON null.
 */
public final class Numbers {

  /** Significant digits kept. */
  public static final int DIGITS = 12;

  private static final MathContext ROUNDING = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

  private Numbers() {}

  /** {@code value} rounded to {@link #DIGITS} significant digits; {@code value} must be finite. */
  public static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /** The CSV text of {@code value}: plain decimal, or empty when not finite. */
  public static String text(double value) {
    return Double.isFinite(value) ? decimal(value).toPlainString() : "";
  }

  /** The JSON node of {@code value}: a decimal, or null when not finite. */
  public static JsonNode json(double value) {
    return Double.isFinite(value) ? DecimalNode.valueOf(decimal(value)) : NullNode.getInstance();
  }
}
