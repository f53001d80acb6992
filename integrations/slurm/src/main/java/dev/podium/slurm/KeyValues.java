package dev.podium.slurm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Key=Value} pairs of one line of {@code scontrol} output, split at whitespace; values
 * {@code (null)} and {@code N/A} are left out. A value holding spaces ({@code OS=Linux 6.1 ...}) keeps
 * only its first word, which none of the keys Podium reads needs.
 */
final class KeyValues {

  private KeyValues() {}

  /** The pairs of {@code line}, first occurrence of each key kept, in order. */
  static Map<String, String> parse(String line) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String token : line.strip().split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String value = token.substring(eq + 1);
      if (!value.equals("(null)") && !value.equals("N/A")) {
        pairs.putIfAbsent(token.substring(0, eq), value);
      }
    }
    return pairs;
  }
}
