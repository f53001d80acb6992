package dev.podium.benchmarks.report;

import java.nio.file.Path;

/** A {@code *.table.json} file that does not follow the external-table schema; names the file, the field and why. */
public final class InvalidTableFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String field;

  InvalidTableFileException(Path file, String field, String reason) {
    super(file + ": field '" + field + "': " + reason);
    this.file = file;
    this.field = field;
  }

  /** The offending file. */
  public Path file() {
    return file;
  }

  /** The offending field, e.g. {@code rows[2][0]}; {@code (file)} when the file as a whole is wrong. */
  public String field() {
    return field;
  }
}
