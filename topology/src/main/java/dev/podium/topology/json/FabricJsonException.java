package dev.podium.topology.json;

/**
 * A fabric JSON document that cannot be read. The message reads {@code source:line:column: $.path:
 * reason}, e.g. {@code cluster.json:812:5: $.links[3].lanes: lanes must be >= 1, was -2}.
 */
public final class FabricJsonException extends IllegalArgumentException {

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String reason;

  FabricJsonException(String source, String path, int line, int column, String reason, Throwable cause) {
    super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + path + ": " + reason, cause);
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The file or other input the document came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the offending field, e.g. {@code $.links[3].lanes}; {@code $} for the whole document. */
  public String path() {
    return path;
  }

  /** The 1-based line of the offending field, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending field, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
