package dev.podium.storage.tier;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a tier sits: host NVMe (hot), a shared flash service (warm) or a capacity store (cold). */
public enum TierKind {
  HOT,
  WARM,
  COLD;

  /** Lower-case key used in spec files ({@code warm}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this key, case-insensitive; throws naming the known kinds. */
  public static TierKind of(String key) {
    for (TierKind kind : values()) {
      if (kind.name().equalsIgnoreCase(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown tier kind '" + key + "'; known: " + keys());
  }

  /** The known keys, comma-separated. */
  public static String keys() {
    return Arrays.stream(values()).map(TierKind::key).collect(Collectors.joining(", "));
  }
}
