package dev.podium.slurm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Field access shared by the {@code --json} readers, tolerant of the shapes Slurm's versions print:
 * a state is a string in 22.05 and a list from 23.02 on; a number may be wrapped as {@code {"set":
 * true, "number": 8}}.
 */
final class JsonFields {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonFields() {}

  /** The document's array {@code field}; a non-empty {@code errors} array becomes the exception. */
  static JsonNode array(String json, String field) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, got " + abbreviate(json));
    }
    JsonNode errors = root.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw new IllegalArgumentException("Slurm reported errors: " + errors);
    }
    JsonNode items = root.get(field);
    if (items == null || !items.isArray()) {
      throw new IllegalArgumentException("no '" + field + "' array in " + abbreviate(json));
    }
    return items;
  }

  /** The text of {@code field}, or "" when missing or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /** The required text of {@code field}. */
  static String requiredText(JsonNode node, String field, String what) {
    String value = text(node, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " without '" + field + "': " + abbreviate(node.toString()));
    }
    return value;
  }

  /** The number in {@code field} (plain or {@code {"number": n}}), or {@code fallback}. */
  static long number(JsonNode node, String field, long fallback) {
    JsonNode value = node.get(field);
    if (value != null && value.isObject()) {
      value = value.get("number");
    }
    return value == null || !value.canConvertToLong() ? fallback : value.asLong();
  }

  /** The strings of {@code field}: a list, or one string (empty when missing). */
  static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return values;
    }
    if (value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    } else if (!value.asText().isEmpty()) {
      values.add(value.asText());
    }
    return values;
  }

  static String abbreviate(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 200 ? "'" + oneLine + "'" : "'" + oneLine.substring(0, 200) + " ...'";
  }
}
