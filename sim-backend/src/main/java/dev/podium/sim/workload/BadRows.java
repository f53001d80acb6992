package dev.podium.sim.workload;

import java.util.ArrayList;
import java.util.List;

/** Collects malformed rows of one file: throws at the first, or counts them when skipping. */
final class BadRows {

  private final String file;
  private final boolean skip;
  private final List<String> examples = new ArrayList<>();
  private long count;

  BadRows(String file, boolean skip) {
    this.file = file;
    this.skip = skip;
  }

  /** Reports a bad row; throws unless skipping. */
  void report(long line, String reason) {
    WorkloadFormatException error = new WorkloadFormatException(file, line, reason);
    if (!skip) {
      throw error;
    }
    count++;
    if (examples.size() < SkippedRows.MAX_EXAMPLES) {
      examples.add(error.getMessage());
    }
  }

  /** A problem with the file as a whole (header, structure): never skippable. */
  WorkloadFormatException fatal(long line, String reason) {
    return new WorkloadFormatException(file, line, reason);
  }

  /** The rows skipped so far. */
  SkippedRows skipped() {
    return new SkippedRows(count, examples);
  }
}
