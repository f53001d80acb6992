package dev.podium.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podium.sim.run.FailureModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@link FailureModel} from a JSON object with its field names, e.g.
 * {@code {"perThousandNodeDays": 6.5, "repairSeconds": 7200}}; fields left out take the
 * {@link FailureModel#published()} values. Unknown fields, non-numbers and values out of range are
 * errors naming the file and the field.
 */
final class FailureFile {

  private FailureFile() {}

  /** The failure model in {@code file}. */
  static FailureModel read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("--failures: no such file " + file + " (expected none, published or a JSON"
          + " file with the failure model's fields)");
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException(file + ": expected a JSON object with the failure model's fields "
          + fieldNames());
    }
    Map<String, Double> values = defaults();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!values.containsKey(field.getKey())) {
        throw new IllegalArgumentException(file + ": unknown field '" + field.getKey() + "'; known: "
            + fieldNames());
      }
      if (!field.getValue().isNumber()) {
        throw new IllegalArgumentException(file + ": field '" + field.getKey() + "' must be a number, was "
            + field.getValue());
      }
      values.put(field.getKey(), field.getValue().doubleValue());
    }
    for (Map.Entry<String, Double> e : values.entrySet()) {
      check(file, e.getKey(), e.getValue());
    }
    return new FailureModel(values.get("perThousandNodeDays"), values.get("detectionSeconds"),
        values.get("repairSeconds"), values.get("restartSeconds"), values.get("lemonFraction"),
        values.get("lemonFactor"));
  }

  private static void check(Path file, String field, double value) {
    String range = switch (field) {
      case "lemonFraction" -> value >= 0 && value <= 1 ? null : "in [0, 1]";
      case "lemonFactor" -> value >= 1 && Double.isFinite(value) ? null : ">= 1";
      default -> value >= 0 && Double.isFinite(value) ? null : ">= 0";
    };
    if (range != null) {
      throw new IllegalArgumentException(file + ": field '" + field + "' must be " + range + ", was " + value);
    }
  }

  /** The published model's values by field name, in the record's order. */
  private static Map<String, Double> defaults() {
    FailureModel published = FailureModel.published();
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("perThousandNodeDays", published.perThousandNodeDays());
    values.put("detectionSeconds", published.detectionSeconds());
    values.put("repairSeconds", published.repairSeconds());
    values.put("restartSeconds", published.restartSeconds());
    values.put("lemonFraction", published.lemonFraction());
    values.put("lemonFactor", published.lemonFactor());
    return values;
  }

  private static String fieldNames() {
    return String.join(", ", defaults().keySet());
  }
}
