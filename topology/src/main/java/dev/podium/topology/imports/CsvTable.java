package dev.podium.topology.imports;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated file with a header row, as the Lingjun and Tiresias files are: no quoting (a
 * quote is an error), blank lines skipped, fields trimmed. The header must hold the required
 * columns; every row must have as many fields as the header.
 */
final class CsvTable {

  private static final Splitter COMMA = Splitter.on(',').trimResults();

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.columns = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      columns.put(header.get(c), c);
    }
  }

  /** Reads {@code file}, checking that its header holds {@code required}. */
  static CsvTable read(Path file, List<String> required) {
    String source = file.toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ImportException(source, 0, null, "no such file", e);
    } catch (IOException e) {
      throw new ImportException(source, 0, null, "cannot read: " + e.getMessage(), e);
    }
    List<String> header = null;
    int headerLine = 0;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      List<String> fields = split(source, i + 1, text);
      if (header == null) {
        header = fields;
        headerLine = i + 1;
        checkHeader(source, headerLine, header, required);
        continue;
      }
      if (fields.size() < header.size()) {
        int c = fields.size();
        throw new ImportException(source, i + 1, "column " + (c + 1) + " (" + header.get(c) + ")", "missing: the row"
            + " has " + fields.size() + " of " + header.size() + " columns (" + Joiner.on(',').join(header) + ")");
      }
      if (fields.size() > header.size()) {
        throw new ImportException(source, i + 1, "column " + (header.size() + 1), "unexpected: the row has "
            + fields.size() + " columns, the header " + header.size() + " (" + Joiner.on(',').join(header) + ")");
      }
      rows.add(new Row(i + 1, fields));
    }
    if (header == null) {
      throw new ImportException(source, 0, null, "empty file: expected a header " + Joiner.on(',').join(required));
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
  }

  /** The file name used in errors. */
  String source() {
    return source;
  }

  /** The data rows, in file order. */
  List<Row> rows() {
    return rows;
  }

  /** The non-empty value of {@code column} in {@code row}. */
  String text(Row row, String column) {
    int c = columns.get(column);
    String value = row.fields().get(c);
    if (value.isEmpty()) {
      throw new ImportException(source, row.line(), name(c), "empty field");
    }
    return value;
  }

  /** The whole number in {@code column} of {@code row}, at least {@code min}. */
  int number(Row row, String column, int min) {
    String value = text(row, column);
    int c = columns.get(column);
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ImportException(source, row.line(), name(c), "not a whole number: '" + value + "'", e);
    }
    if (n < min) {
      throw new ImportException(source, row.line(), name(c), "must be >= " + min + ", was " + n);
    }
    return n;
  }

  /** An error about {@code column} of {@code row}. */
  ImportException error(Row row, String column, String reason) {
    return new ImportException(source, row.line(), name(columns.get(column)), reason);
  }

  private String name(int c) {
    return "column " + (c + 1) + " (" + header.get(c) + ")";
  }

  private static void checkHeader(String source, int line, List<String> header, List<String> required) {
    for (int c = 0; c < header.size(); c++) {
      if (header.indexOf(header.get(c)) != c) {
        throw new ImportException(source, line, "header", "column '" + header.get(c) + "' appears twice");
      }
    }
    for (String column : required) {
      if (!header.contains(column)) {
        throw new ImportException(source, line, "header", "missing column '" + column + "'; expected "
            + Joiner.on(',').join(required) + ", found " + Joiner.on(',').join(header));
      }
    }
  }

  private static List<String> split(String source, int line, String text) {
    List<String> fields = COMMA.splitToList(text);
    for (int c = 0; c < fields.size(); c++) {
      if (fields.get(c).indexOf('"') >= 0) {
        throw new ImportException(source, line, "column " + (c + 1), "quoted fields are not supported");
      }
    }
    return fields;
  }

  /** One data row: its 1-based line and its fields. */
  record Row(int line, List<String> fields) {}
}
