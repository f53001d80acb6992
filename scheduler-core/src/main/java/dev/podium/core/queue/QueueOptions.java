package dev.podium.core.queue;

import dev.podium.api.placement.PolicyOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Parsing and validation of the options the queue policies share; errors name policy and option. */
final class QueueOptions {

  /** The option every queue policy takes. */
  static final String BACKFILL = "backfill";

  private QueueOptions() {}

  /** Rejects unknown keys and returns {@code backfill} (default true). */
  static boolean backfill(String policy, PolicyOptions options, Set<String> known) {
    options.requireKnown(policy, known);
    try {
      return options.getBoolean(BACKFILL, true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + policy + ": " + e.getMessage(), e);
    }
  }

  /** The boolean option {@code key}, or {@code fallback}; a malformed value names policy and key. */
  static boolean bool(String policy, PolicyOptions options, String key, boolean fallback) {
    try {
      return options.getBoolean(key, fallback);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + policy + ": " + e.getMessage(), e);
    }
  }

  /** The positive number option {@code key}, or {@code fallback}; anything else names policy and key. */
  static double positive(String policy, PolicyOptions options, String key, double fallback) {
    double value;
    try {
      value = options.getDouble(key, fallback);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + policy + ": " + e.getMessage(), e);
    }
    if (!(value > 0)) {
      throw new IllegalArgumentException("policy " + policy + ": option " + key + ": must be positive, was "
          + options.get(key, String.valueOf(fallback)));
    }
    return value;
  }

  /** Weights written {@code tenant:weight,...} (e.g. {@code a:2,b:1}), each positive and finite. */
  static Map<String, Double> weights(String policy, PolicyOptions options, String key) {
    return tenantTable(policy, options, key, false);
  }

  /** Quotas written {@code tenant:accelerators,...} (e.g. {@code a:512,b:256}), each an integer >= 0. */
  static Map<String, Integer> quotas(String policy, PolicyOptions options, String key) {
    Map<String, Integer> quotas = new LinkedHashMap<>();
    tenantTable(policy, options, key, true).forEach((tenant, value) -> quotas.put(tenant, value.intValue()));
    return Collections.unmodifiableMap(quotas);
  }

  /**
   * A per-tenant table written {@code tenant:value,tenant:value}; empty when the option is absent.
   * Tenants must be non-blank and listed once; values positive and finite, or with {@code integers}
   * whole numbers >= 0.
   */
  private static Map<String, Double> tenantTable(String policy, PolicyOptions options, String key,
      boolean integers) {
    String text = options.get(key, null);
    if (text == null) {
      return Map.of();
    }
    Map<String, Double> table = new TreeMap<>();
    for (String entry : text.split(",", -1)) {
      String trimmed = entry.trim();
      int colon = trimmed.lastIndexOf(':');
      if (colon <= 0 || colon == trimmed.length() - 1) {
        throw malformed(policy, key, text, "entry '" + trimmed + "' is not tenant:value");
      }
      String tenant = trimmed.substring(0, colon).trim();
      String number = trimmed.substring(colon + 1).trim();
      double value;
      try {
        value = integers ? Integer.parseInt(number) : Double.parseDouble(number);
      } catch (NumberFormatException e) {
        throw malformed(policy, key, text, "'" + number + "' for tenant " + tenant + " is not "
            + (integers ? "an integer" : "a number"));
      }
      if (integers ? value < 0 : !(value > 0) || Double.isInfinite(value)) {
        throw malformed(policy, key, text, "the value for tenant " + tenant + " must be "
            + (integers ? ">= 0" : "positive and finite"));
      }
      if (tenant.isEmpty()) {
        throw malformed(policy, key, text, "a tenant name is blank");
      }
      if (table.put(tenant, value) != null) {
        throw malformed(policy, key, text, "tenant " + tenant + " is listed twice");
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(table));
  }

  private static IllegalArgumentException malformed(String policy, String key, String text, String reason) {
    return new IllegalArgumentException("policy " + policy + ": option " + key + "='" + text + "': " + reason);
  }
}
