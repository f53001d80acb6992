package dev.podium.topology.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Enum constants as Podium's text formats spell them: lower case, words joined by hyphens ({@code
 * SCALE_UP} is {@code scale-up}).
 */
public final class WireNames {

  private WireNames() {}

  /** The text spelling of {@code value}. */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant spelled {@code name}; throws naming the allowed spellings. */
  public static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " \"" + name + "\"; known: "
        + Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", ")));
  }
}
