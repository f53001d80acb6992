package dev.podium.storage.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.spec.SpecException;
import dev.podium.topology.spec.SpecLocator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads storage spec files. A {@code .json} source is read as JSON, anything else as YAML. Unknown
 * fields, wrong types, unknown presets, tier kinds or NVMe drives, bandwidths that are not positive
 * and tiers smaller than one shard fail with a {@link SpecException} reading {@code
 * source:line: path: reason}; nothing is built from a spec that fails.
 */
public final class StorageSpecs {

  private static final String MAPPING = "expected a mapping with 'hosts' and a 'preset' or the tiers";
  private static final ObjectMapper YAML = configure(YAMLMapper.builder());
  private static final ObjectMapper JSON = configure(JsonMapper.builder());

  private StorageSpecs() {}

  /** Reads and validates the spec in {@code file}. */
  public static StorageSpec read(Path file) {
    String text = SpecLocator.readText(file);
    return read(text, file.toString());
  }

  /** Reads and validates a spec from {@code reader}; {@code sourceName} names it in errors. */
  public static StorageSpec read(Reader reader, String sourceName) {
    try {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return read(out.toString(), sourceName);
    } catch (IOException e) {
      throw new SpecException(sourceName, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads and validates the spec {@code text}; {@code sourceName} names it in errors. */
  public static StorageSpec read(String text, String sourceName) {
    ObjectMapper mapper = sourceName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    JsonToken first = SpecLocator.firstToken(mapper, text);
    if (first == null) {
      throw new SpecException(sourceName, 0, "", "empty spec: " + MAPPING, null);
    }
    if (first != JsonToken.START_OBJECT && first != JsonToken.NOT_AVAILABLE) {
      throw new SpecException(sourceName, SpecLocator.line(mapper, text, ""), "", MAPPING, null);
    }
    StorageDocument doc;
    try {
      doc = mapper.readValue(text, StorageDocument.class);
    } catch (JacksonException e) {
      throw translate(sourceName, mapper, text, e);
    }
    try {
      return Assembly.assemble(doc);
    } catch (FieldException e) {
      throw new SpecException(sourceName, SpecLocator.line(mapper, text, e.field()), e.field(), e.reason(), e);
    }
  }

  private static SpecException translate(String source, ObjectMapper mapper, String text, JacksonException e) {
    if (e instanceof JsonMappingException m) {
      String path = path(m.getPath());
      String reason;
      if (e instanceof UnrecognizedPropertyException u) {
        reason = "unknown field; known fields: " + String.join(", ", known(u.getKnownPropertyIds()));
      } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        reason = "expected " + describe(mi.getTargetType());
      } else {
        reason = m.getOriginalMessage();
      }
      int line = path.isEmpty() ? 0 : SpecLocator.line(mapper, text, path);
      return new SpecException(source, line > 0 ? line : lineOf(e), path, reason, e);
    }
    return new SpecException(source, lineOf(e), "", "syntax: " + e.getOriginalMessage(), e);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static int lineOf(JacksonException e) {
    JsonLocation location = e.getLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static List<String> known(Collection<Object> ids) {
    return ids == null ? List.of() : ids.stream().map(Objects::toString).sorted().toList();
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a single value (text or number)";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping";
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
  }
}
