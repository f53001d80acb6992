package dev.podium.sim.workload;

import java.util.List;
import java.util.Objects;

/**
 * Rows a reader skipped because they were malformed (only with {@link ReadOptions#skipBadRows()}).
 *
 * @param count how many rows were skipped
 * @param examples the first few as {@code file:line: reason}, at most {@link #MAX_EXAMPLES}
 */
public record SkippedRows(long count, List<String> examples) {

  /** Examples kept at most. */
  public static final int MAX_EXAMPLES = 10;

  /** Checks the count and copies the examples. */
  public SkippedRows {
    Objects.requireNonNull(examples, "examples");
    examples = List.copyOf(examples);
    if (count < examples.size()) {
      throw new IllegalArgumentException("skipped rows: count " + count + " is below the " + examples.size()
          + " examples");
    }
    if (examples.size() > MAX_EXAMPLES) {
      throw new IllegalArgumentException("skipped rows: at most " + MAX_EXAMPLES + " examples");
    }
  }

  /** Nothing skipped. */
  public static SkippedRows none() {
    return new SkippedRows(0, List.of());
  }
}
