package dev.podium.k8s.wire;

/** A request body that is not JSON or lacks what the verb needs; the message names the field and the reason. */
public final class WireException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WireException(String message) {
    super(message);
  }

  public WireException(String message, Throwable cause) {
    super(message, cause);
  }
}
