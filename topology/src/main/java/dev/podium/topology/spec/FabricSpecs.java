package dev.podium.topology.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads fabric spec files. A {@code .json} source is read as JSON, anything else as YAML. Unknown
 * fields, wrong types, unknown catalog keys and values out of range fail with a {@link
 * SpecException} naming the source, the line, the field path and the reason; nothing is built from
 * a spec that fails.
 */
public final class FabricSpecs {

  private static final String MAPPING = "expected a mapping with a 'generator' field";
  private static final ObjectMapper YAML = configure(YAMLMapper.builder());
  private static final ObjectMapper JSON = configure(JsonMapper.builder());

  private FabricSpecs() {}

  /** Reads and validates the spec in {@code file}. */
  public static FabricSpec read(Path file) {
    return read(SpecLocator.readText(file), file.toString());
  }

  /** Reads and validates a spec from {@code reader}; {@code sourceName} names it in errors. */
  public static FabricSpec read(Reader reader, String sourceName) {
    return read(text(reader, sourceName), sourceName);
  }

  /** Reads and validates the spec {@code text}; {@code sourceName} names it in errors. */
  public static FabricSpec read(String text, String sourceName) {
    ObjectMapper mapper = mapperFor(sourceName);
    JsonToken first = SpecLocator.firstToken(mapper, text);
    if (first == null) {
      throw new SpecException(sourceName, 0, "", "empty spec: " + MAPPING, null);
    }
    if (first != JsonToken.START_OBJECT && first != JsonToken.NOT_AVAILABLE) {
      throw new SpecException(sourceName, SpecLocator.line(mapper, text, ""), "", MAPPING, null);
    }
    try {
      return mapper.readValue(text, FabricSpec.class);
    } catch (JacksonException e) {
      throw new SpecErrors(sourceName, mapper, text).of(e);
    }
  }

  /** Reads the spec in {@code file} and builds its fabric. */
  public static Fabric load(Path file) {
    return load(SpecLocator.readText(file), file.toString());
  }

  /** Reads a spec from {@code reader} and builds its fabric; {@code sourceName} names it in errors. */
  public static Fabric load(Reader reader, String sourceName) {
    return load(text(reader, sourceName), sourceName);
  }

  /** Reads the spec {@code text} and builds its fabric; {@code sourceName} names it in errors. */
  public static Fabric load(String text, String sourceName) {
    FabricSpec spec = read(text, sourceName);
    try {
      return spec.build();
    } catch (FieldException e) {
      throw new SpecErrors(sourceName, mapperFor(sourceName), text).at(e.field(), e.reason(), e);
    } catch (IllegalArgumentException e) {
      throw new SpecErrors(sourceName, mapperFor(sourceName), text).at("", e.getMessage(), e);
    }
  }

  private static ObjectMapper mapperFor(String sourceName) {
    return sourceName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  private static String text(Reader reader, String sourceName) {
    try {
      StringWriter out = new StringWriter();
      reader.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new SpecException(sourceName, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(B builder) {
    return builder
        .addModule(new CatalogModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .build();
  }
}
