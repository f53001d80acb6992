package dev.podium.k8s.server;

/** A request body over the limit. */
final class BodyTooLarge extends Exception {

  private static final long serialVersionUID = 1L;

  BodyTooLarge(String message) {
    super(message);
  }
}
