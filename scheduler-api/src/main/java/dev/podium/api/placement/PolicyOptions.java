package dev.podium.api.placement;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Options for a policy: string key-value pairs from a command line or config, and a seed.
 *
 * @param values option values by key
 * @param seed seed for any randomness in the policy
 */
public record PolicyOptions(Map<String, String> values, long seed) {

  /** Copies the map (sorted, so iteration is deterministic). */
  public PolicyOptions {
    values = Map.copyOf(new TreeMap<>(values));
  }

  /** No options, seed 0. */
  public static PolicyOptions defaults() {
    return new PolicyOptions(Map.of(), 0);
  }

  /** These options with another seed. */
  public PolicyOptions withSeed(long newSeed) {
    return new PolicyOptions(values, newSeed);
  }

  /** Rejects any key not in {@code known}, naming the policy and the known keys. */
  public void requireKnown(String policy, Set<String> known) {
    for (String key : new TreeMap<>(values).keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("policy " + policy + ": unknown option '" + key + "'; known: "
            + (known.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(known))));
      }
    }
  }

  /** The value of {@code key}, or {@code fallback}. */
  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /** The value of {@code key} as a double, or {@code fallback}; a malformed value names the key. */
  public double getDouble(String key, double fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + ": '" + value + "' is not a number", e);
    }
  }

  /** The value of {@code key} as an int, or {@code fallback}; a malformed value names the key. */
  public int getInt(String key, int fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + ": '" + value + "' is not an integer", e);
    }
  }

  /**
   * The value of {@code key} as an int of at least {@code min}, or {@code fallback} when it is not
   * given (the fallback may lie outside the range, e.g. 0 for "not set"); a value below {@code min}
   * is rejected with a message naming the policy, the option and the value.
   */
  public int getInt(String policy, String key, int fallback, int min) {
    if (!values.containsKey(key)) {
      return fallback;
    }
    int value = getInt(key, fallback);
    if (value < min) {
      throw new IllegalArgumentException(
          "policy " + policy + ": option " + key + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  /** The value of {@code key} as a boolean ({@code true}/{@code false}), or {@code fallback}. */
  public boolean getBoolean(String key, boolean fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("option " + key + ": '" + value + "' is not true or false");
    }
    return Boolean.parseBoolean(value);
  }
}
