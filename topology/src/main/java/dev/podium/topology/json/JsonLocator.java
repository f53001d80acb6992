package dev.podium.topology.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** Finds where in a JSON text a pointer lies, for error messages about an already bound document. */
final class JsonLocator {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {}

  /**
   * The location of the field name or value at {@code pointer}, or of its nearest enclosing element
   * present in {@code text}; empty when the text cannot be scanned that far.
   */
  static Optional<JsonLocation> locate(String text, JsonPointer pointer) {
    for (JsonPointer target = pointer; target != null; target = target.head()) {
      Optional<JsonLocation> found = scan(text, target);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonLocation> scan(String text, JsonPointer target) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        if (context.pathAsPointer().equals(target)) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
