package dev.podium.topology.spec;

import java.util.Objects;

/**
 * A spec file that cannot be read, parsed, validated or built. The message reads {@code
 * source:line: path: reason}, e.g. {@code spec.yaml:12: tiers[1].oversubscription: must be > 0, was -1};
 * the line is left out when unknown, the path when the error concerns the whole document.
 */
public final class SpecException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String path;
  private final String reason;

  /** An error in {@code source} at {@code line} (0 when unknown) in field {@code path} ("" for none). */
  public SpecException(String source, int line, String path, String reason, Throwable cause) {
    super(format(source, line, path, reason), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.path = Objects.requireNonNull(path, "path");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The file name or other source name the spec was read from. */
  public String source() {
    return source;
  }

  /** The 1-based line of the offending field, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The field path, e.g. {@code tiers[1].oversubscription}; empty for the document as a whole. */
  public String path() {
    return path;
  }

  /** Why the field is wrong. */
  public String reason() {
    return reason;
  }

  private static String format(String source, int line, String path, String reason) {
    return source + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + reason;
  }
}
