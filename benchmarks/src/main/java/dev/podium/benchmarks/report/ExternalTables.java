package dev.podium.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads external result tables: every {@code *.table.json} file of a folder, sorted by file name.
 * Schema: {@code {"title": str, "command": str, "machine": str, "date": str, "columns": [str],
 * "rows": [[str|number]], "notes": str (optional)}}; anything else is an {@link InvalidTableFileException}
 * naming the file, the field and the reason.
 */
public final class ExternalTables {

  /** The file name suffix of external tables. */
  public static final String SUFFIX = ".table.json";

  private static final List<String> REQUIRED_TEXT = List.of("title", "command", "machine", "date");
  private static final List<String> FIELDS = List.of("title", "command", "machine", "date", "columns", "rows", "notes");
  // Numbers keep the digits the producer wrote (no binary rounding of 0.1).
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private ExternalTables() {}

  /** Every table in {@code folder}, sorted by file name; none if the folder does not exist. */
  public static List<ExternalTable> readFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--results " + folder + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
    List<ExternalTable> tables = new ArrayList<>();
    for (Path file : files) {
      tables.add(read(file));
    }
    return tables;
  }

  /** The table in {@code file}. */
  public static ExternalTable read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file);
  }

  /** The table in {@code json}, read from {@code file} (named in errors). */
  static ExternalTable parse(String json, Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidTableFileException(file, "(file)", "not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidTableFileException(file, "(file)", "expected a JSON object with the fields " + FIELDS);
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidTableFileException(file, name, "unknown field; the schema has " + FIELDS);
      }
    }
    for (String field : REQUIRED_TEXT) {
      requireText(root, field, file);
    }
    checkDate(root.get("date").asText(), file);
    List<String> columns = columns(root, file);
    List<List<Object>> rows = rows(root, columns.size(), file);
    String notes = null;
    if (root.has("notes") && !root.get("notes").isNull()) {
      if (!root.get("notes").isTextual()) {
        throw new InvalidTableFileException(file, "notes", "must be a string, was " + kind(root.get("notes")));
      }
      notes = root.get("notes").asText();
    }
    return new ExternalTable(file.getFileName().toString(), root.get("title").asText().strip(),
        root.get("command").asText().strip(), root.get("machine").asText().strip(), root.get("date").asText().strip(),
        columns, rows, notes);
  }

  private static void requireText(JsonNode root, String field, Path file) {
    JsonNode value = root.get(field);
    if (value == null) {
      throw new InvalidTableFileException(file, field, "missing (required string)");
    }
    if (!value.isTextual()) {
      throw new InvalidTableFileException(file, field, "must be a string, was " + kind(value));
    }
    if (value.asText().isBlank()) {
      throw new InvalidTableFileException(file, field, "must not be blank");
    }
  }

  private static void checkDate(String date, Path file) {
    try {
      LocalDate.parse(date.strip());
      return;
    } catch (DateTimeParseException notADate) {
      // try a date-time next
    }
    try {
      OffsetDateTime.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidTableFileException(file, "date", "'" + date + "' is not an ISO-8601 date (2026-11-26) or"
          + " date-time with offset (2026-11-26T10:20:23Z)");
    }
  }

  private static List<String> columns(JsonNode root, Path file) {
    JsonNode node = root.get("columns");
    if (node == null) {
      throw new InvalidTableFileException(file, "columns", "missing (required array of strings)");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new InvalidTableFileException(file, "columns", "must be a non-empty array of strings, was " + kind(node));
    }
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode column = node.get(i);
      if (!column.isTextual() || column.asText().isBlank()) {
        throw new InvalidTableFileException(file, "columns[" + i + "]", "must be a non-blank string, was "
            + kind(column));
      }
      columns.add(column.asText().strip());
    }
    return List.copyOf(columns);
  }

  private static List<List<Object>> rows(JsonNode root, int width, Path file) {
    JsonNode node = root.get("rows");
    if (node == null) {
      throw new InvalidTableFileException(file, "rows", "missing (required array of rows)");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new InvalidTableFileException(file, "rows", "must be a non-empty array of rows, was " + kind(node));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < node.size(); r++) {
      JsonNode row = node.get(r);
      if (!row.isArray()) {
        throw new InvalidTableFileException(file, "rows[" + r + "]", "must be an array of cells, was " + kind(row));
      }
      if (row.size() != width) {
        throw new InvalidTableFileException(file, "rows[" + r + "]", "has " + row.size() + " cells; 'columns' has "
            + width);
      }
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        JsonNode cell = row.get(c);
        if (cell.isTextual()) {
          cells.add(cell.asText());
        } else if (cell.isIntegralNumber()) {
          cells.add(cell.bigIntegerValue());
        } else if (cell.isNumber()) {
          cells.add(cell.decimalValue());
        } else {
          throw new InvalidTableFileException(file, "rows[" + r + "][" + c + "]", "must be a string or a number, was "
              + kind(cell));
        }
      }
      rows.add(List.copyOf(cells));
    }
    return List.copyOf(rows);
  }

  /** A JSON value's kind and (short) text, for error messages. */
  private static String kind(JsonNode node) {
    String kind = switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case NUMBER -> "a number";
      case STRING -> "a string";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
    String text = node.toString();
    return node.isNull() ? kind : kind + " (" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + ")";
  }
}
