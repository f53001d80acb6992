package dev.podium.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * A picocli converter for {@link Duration} options: the forms {@link Units#durationSeconds} reads
 * ({@code 500ms}, {@code 60s}, {@code 2m}, {@code 1h}), or ISO-8601 ({@code PT30S}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    String text = value.trim();
    try {
      if (text.startsWith("P") || text.startsWith("p")) {
        return Duration.parse(text);
      }
      return Duration.ofNanos(Math.round(Units.durationSeconds("duration", text) * 1e9));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 60s, 500ms, 2m)");
    }
  }
}
