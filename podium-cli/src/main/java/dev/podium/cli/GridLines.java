package dev.podium.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The 1-based line of every value in a JSON or YAML document, by JSON pointer, from one streaming pass. */
final class GridLines {

  private final Map<JsonPointer, Integer> lines = new HashMap<>();

  private GridLines() {}

  /** Reads the lines of {@code text}; a document that stops parsing keeps the lines read up to there. */
  static GridLines of(ObjectMapper mapper, String text) {
    GridLines result = new GridLines();
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        JsonPointer here = token.isStructStart() && p.getParsingContext().getParent() != null
            ? p.getParsingContext().getParent().pathAsPointer()
            : p.getParsingContext().pathAsPointer();
        result.lines.putIfAbsent(here, p.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // Lines after a syntax error are unknown; the parse error itself is reported with its own line.
    }
    return result;
  }

  /** The line of {@code pointer}, or of its nearest ancestor present in the document; 0 when unknown. */
  int line(JsonPointer pointer) {
    for (JsonPointer at = pointer; at != null; at = at.head()) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
    }
    return 0;
  }
}
