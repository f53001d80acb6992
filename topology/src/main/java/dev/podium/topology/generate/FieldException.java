package dev.podium.topology.generate;

import java.util.Objects;

/**
 * A parameter that fails validation: the path of the offending field, relative to the value that
 * holds it ({@code oversubscription}, {@code domains[3].parent}), and the reason. Spec-file readers
 * prefix the path with where that value sits in the file.
 */
public final class FieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  /** A failure of {@code field} (empty for the value as a whole) for {@code reason}. */
  public FieldException(String field, String reason) {
    super(field.isEmpty() ? reason : field + ": " + reason);
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Path of the offending field relative to the value that threw; empty for the value itself. */
  public String field() {
    return field;
  }

  /** Why the field is wrong. */
  public String reason() {
    return reason;
  }
}
