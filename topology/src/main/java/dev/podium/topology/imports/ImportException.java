package dev.podium.topology.imports;

import java.util.Objects;

/**
 * A topology file that cannot be imported. The message reads {@code file:line: column: reason},
 * e.g. {@code topo.csv:12: column 3 (PSW): empty field}; the line is left out when the error
 * concerns the whole file, the column when it concerns the whole line.
 */
public final class ImportException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String column;
  private final String reason;

  /** An error in {@code source} at {@code line} (0: none) and {@code column} (null: none). */
  public ImportException(String source, int line, String column, String reason, Throwable cause) {
    super(source + (line > 0 ? ":" + line : "") + ": " + (column == null ? "" : column + ": ") + reason, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** An error without a cause. */
  public ImportException(String source, int line, String column, String reason) {
    this(source, line, column, reason, null);
  }

  /** The file the error is in. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the error concerns the whole file. */
  public int line() {
    return line;
  }

  /** The column, element or option the error concerns, or null. */
  public String column() {
    return column;
  }

  /** Why the input is wrong. */
  public String reason() {
    return reason;
  }
}
