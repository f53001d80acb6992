package dev.podium.topology.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a field path ({@code tiers[1].oversubscription}) in a spec document, its line or its scalar
 * text, by streaming the document with its own parser. For lines, a path that is not in the document
 * (a missing field) resolves to its nearest enclosing value that is. Shared by every spec-like file
 * reader (fabric, storage and sweep-grid specs).
 */
public final class SpecLocator {

  private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");

  private SpecLocator() {}

  /** The text of spec file {@code file}; a missing or unreadable file is a {@link SpecException} naming it. */
  public static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new SpecException(file.toString(), 0, "", "no such file", e);
    } catch (IOException e) {
      throw new SpecException(file.toString(), 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** The 1-based line of {@code path} or of its nearest present ancestor; 0 when none is found. */
  public static int line(ObjectMapper mapper, String text, String path) {
    for (JsonPointer target = pointer(path); target != null; target = target.head()) {
      int line = find(mapper, text, target);
      if (line > 0) {
        return line;
      }
    }
    return 0;
  }

  /** The text of the scalar value at {@code path}, or null when there is none. */
  public static String scalar(ObjectMapper mapper, String text, String path) {
    JsonPointer target = pointer(path);
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token.isScalarValue() && p.getParsingContext().pathAsPointer().equals(target)) {
          return p.getText();
        }
      }
    } catch (IOException e) {
      // A document that does not parse up to the value has none.
    }
    return null;
  }

  /**
   * The document's first token: null when it holds no value (blank, or only comments), {@link
   * JsonToken#NOT_AVAILABLE} when it does not parse.
   */
  public static JsonToken firstToken(ObjectMapper mapper, String text) {
    try (JsonParser p = mapper.createParser(text)) {
      return p.nextToken();
    } catch (IOException e) {
      return JsonToken.NOT_AVAILABLE;
    }
  }

  private static JsonPointer pointer(String path) {
    JsonPointer pointer = JsonPointer.empty();
    Matcher m = SEGMENT.matcher(path);
    while (m.find()) {
      pointer = m.group(1) != null ? pointer.appendIndex(Integer.parseInt(m.group(1)))
          : pointer.appendProperty(m.group(2));
    }
    return pointer;
  }

  private static int find(ObjectMapper mapper, String text, JsonPointer target) {
    try (JsonParser p = mapper.createParser(text)) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        JsonPointer here = token.isStructStart()
            ? p.getParsingContext().getParent().pathAsPointer()
            : p.getParsingContext().pathAsPointer();
        if (here.equals(target)) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      // A document that does not parse up to the target has no line for it.
    }
    return 0;
  }
}
