package dev.podium.sim.workload;

/** A workload file or spec that cannot be read; the message is {@code file:line: reason}. */
public final class WorkloadFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String reason;

  /** A problem at {@code line} (1-based; 0 when no line applies) of {@code file}. */
  public WorkloadFormatException(String file, long line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** The file (or spec) that was read. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, 0 when no line applies. */
  public long line() {
    return line;
  }

  /** Why the line was rejected. */
  public String reason() {
    return reason;
  }
}
