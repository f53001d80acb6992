package dev.podium.k8s.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies up to a limit. */
final class Bodies {

  private Bodies() {}

  /**
   * The body of {@code exchange}.
   *
   * @throws BodyTooLarge when {@code Content-Length} or the bytes read exceed {@code limit}
   */
  static byte[] read(HttpExchange exchange, int limit) throws IOException, BodyTooLarge {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        declared = -1;
      }
      if (declared > limit) {
        throw new BodyTooLarge("request body of " + declared + " bytes exceeds the limit of " + limit + " bytes");
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (body.size() + n > limit) {
          throw new BodyTooLarge("request body exceeds the limit of " + limit + " bytes");
        }
        body.write(buffer, 0, n);
      }
    }
    return body.toByteArray();
  }
}
