package dev.podium.topology.imports;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.spec.CatalogModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns {@code key=value} importer options (as a command line gives them) into an importer's options
 * record: the defaults with the given keys replaced, converted by Jackson (numbers, booleans, catalog
 * keys) and checked by the record. Unknown keys and bad values name the option.
 */
final class ImportOptions {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new CatalogModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private ImportOptions() {}

  /** {@code defaults} with {@code options} applied; errors name {@code source} and the option. */
  static <T extends Record> T apply(String format, String source, T defaults, Map<String, String> options) {
    ObjectNode node = MAPPER.valueToTree(defaults);
    List<String> known = new ArrayList<>();
    node.fieldNames().forEachRemaining(known::add);
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      String value = option.getValue() == null ? "" : option.getValue().trim();
      if (!node.has(key)) {
        throw new ImportException(source, 0, "option " + key, "unknown option for " + format + "; known: "
            + String.join(", ", known));
      }
      if (value.isEmpty()) {
        throw new ImportException(source, 0, "option " + key, "empty value");
      }
      node.put(key, value);
    }
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) defaults.getClass();
    try {
      return MAPPER.treeToValue(node, type);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof FieldException f) {
        throw new ImportException(source, 0, "option " + f.field(), f.reason(), e);
      }
      throw new ImportException(source, 0, "options", String.valueOf(e.getCause()), e);
    } catch (InvalidFormatException e) {
      String reason = CatalogModule.isPart(e.getTargetType()) ? e.getOriginalMessage()
          : "expected " + describe(e.getTargetType()) + ", was '" + e.getValue() + "'";
      throw new ImportException(source, 0, "option " + field(e), reason, e);
    } catch (JsonMappingException e) {
      throw new ImportException(source, 0, "option " + field(e), e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new ImportException(source, 0, "options", e.getOriginalMessage(), e);
    }
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    return type.getSimpleName();
  }

  private static String field(JsonMappingException e) {
    return e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
  }
}
