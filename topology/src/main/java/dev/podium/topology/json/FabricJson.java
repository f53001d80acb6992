package dev.podium.topology.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.google.common.io.CharStreams;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a {@link Fabric} as JSON and reads it back. The same fabric always gives the same bytes, and
 * export, import and export again give identical bytes. Reading rebuilds the fabric through {@link
 * dev.podium.topology.fabric.FabricBuilder}; a document that is not valid JSON, has a missing, null or
 * unknown field, a value of the wrong type or out of range, or a reference to nothing is rejected with
 * a {@link FabricJsonException} naming the source, the JSON path, the line and the reason.
 *
 * <p>Thread-safe.
 */
public final class FabricJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();
  private static final ObjectReader READER = MAPPER.readerFor(FabricDocument.class);

  private FabricJson() {}

  /** Writes {@code fabric} to {@code out} (UTF-8 text ending in a newline); does not close {@code out}. */
  public static void write(Fabric fabric, Writer out) throws IOException {
    MAPPER.writer(new LinePerElementPrinter()).writeValue(out, FabricEncoder.encode(fabric));
    out.write('\n');
    out.flush();
  }

  /** The JSON text of {@code fabric}, as {@link #write} writes it. */
  public static String toJson(Fabric fabric) {
    StringWriter out = new StringWriter();
    try {
      write(fabric, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Reads the fabric in {@code file} (UTF-8); errors name the file. */
  public static Fabric read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Reads a fabric from {@code in}; {@code source} names the input in error messages. Does not close {@code in}. */
  public static Fabric read(String source, Reader in) throws IOException {
    return parse(source, CharStreams.toString(in));
  }

  /** Reads a fabric from JSON {@code text}; {@code source} names the input in error messages. */
  public static Fabric parse(String source, String text) {
    FabricDocument document;
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        document = READER.readValue(parser);
        if (document != null && parser.nextToken() != null) {
          JsonLocation location = parser.currentTokenLocation();
          throw new FabricJsonException(source, "$", location.getLineNr(), location.getColumnNr(),
              "unexpected content after the document", null);
        }
      } catch (JsonProcessingException e) {
        throw bindingError(source, e, parser.currentToken());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (document == null) {
      throw new FabricJsonException(source, "$", 1, 1, "the document is empty or null", null);
    }
    try {
      return DepthFirstReplay.replay(document);
    } catch (DocumentException e) {
      Optional<JsonLocation> location = JsonLocator.locate(text, e.pointer());
      throw new FabricJsonException(source, path(e.pointer()), location.map(JsonLocation::getLineNr).orElse(0),
          location.map(JsonLocation::getColumnNr).orElse(0), e.getMessage(), e);
    }
  }

  private static FabricJsonException bindingError(String source, JsonProcessingException e, JsonToken found) {
    JsonPointer pointer = JsonPointer.empty();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        pointer = reference.getFieldName() != null
            ? pointer.appendProperty(reference.getFieldName()) : pointer.appendIndex(reference.getIndex());
      }
    } else if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      pointer = parser.getParsingContext().pathAsPointer();
    }
    JsonLocation location = e.getLocation();
    return new FabricJsonException(source, path(pointer), location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(), reason(e, found), e);
  }

  private static String reason(JsonProcessingException e, JsonToken found) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field \"" + unknown.getPropertyName() + "\"; known: " + unknown.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "expected " + describe(mismatch.getTargetType()) + ", found " + describe(found);
    }
    return e.getOriginalMessage();
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** {@code /links/3/lanes} as {@code $.links[3].lanes}. */
  static String path(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(p.getMatchingProperty());
      }
    }
    return path.toString();
  }
}
