package dev.podium.sim.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read whole: a header and data lines with their 1-based line numbers. Blank lines are
 * ignored, and so are lines starting with {@code #} when comments are allowed. Fields may be quoted
 * with {@code "} (a doubled quote inside is a quote); a quoted field cannot span lines.
 */
final class CsvFile {

  private final String name;
  private final String text;
  private final boolean comments;
  private final List<String> header;
  private final long headerLine;
  private int pos;
  private long lineNo;

  private CsvFile(String name, String text, boolean comments) {
    this.name = name;
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.comments = comments;
    String first = nextLine();
    if (first == null) {
      throw new WorkloadFormatException(name, 1, "empty file: expected a header row");
    }
    this.headerLine = lineNo;
    List<String> columns = new ArrayList<>();
    try {
      for (String column : split(first)) {
        columns.add(column.trim());
      }
    } catch (RowException e) {
      throw new WorkloadFormatException(name, headerLine, "header: " + e.getMessage());
    }
    this.header = List.copyOf(columns);
  }

  /** Reads {@code file}; errors name the file. */
  static CsvFile read(Path file, boolean comments) {
    try {
      return new CsvFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8), comments);
    } catch (NoSuchFileException e) {
      throw new WorkloadFormatException(file.toString(), 0, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The file's name as used in messages. */
  String name() {
    return name;
  }

  /** Header columns, trimmed. */
  List<String> header() {
    return header;
  }

  /** Line number of the header. */
  long headerLine() {
    return headerLine;
  }

  /**
   * Checks that the header holds exactly the {@code required} columns plus any of {@code optional},
   * each once, and returns column name to index.
   */
  Map<String, Integer> columns(List<String> required, List<String> optional) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      if (!required.contains(column) && !optional.contains(column)) {
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        throw new WorkloadFormatException(name, headerLine, "unknown column '" + column + "'; expected "
            + String.join(",", known));
      }
      if (index.put(column, i) != null) {
        throw new WorkloadFormatException(name, headerLine, "column '" + column + "' appears twice");
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        throw new WorkloadFormatException(name, headerLine, "missing header column '" + column + "'; header is "
            + String.join(",", header));
      }
    }
    return index;
  }

  /**
   * Hands every data row to {@code handler}. A row with the wrong number of fields, or one the
   * handler rejects with a {@link RowException} or another {@link IllegalArgumentException} (a job
   * field that fails validation), is reported to {@code bad}.
   */
  void forEachRow(BadRows bad, RowHandler handler) {
    String line;
    while ((line = nextLine()) != null) {
      try {
        String[] fields = split(line);
        if (fields.length != header.size()) {
          throw new RowException("expected " + header.size() + " columns (" + String.join(",", header) + "), found "
              + fields.length);
        }
        handler.accept(new Row(lineNo, fields));
      } catch (WorkloadFormatException e) {
        throw e;
      } catch (IllegalArgumentException | RowException e) {
        bad.report(lineNo, e.getMessage());
      }
    }
  }

  private String nextLine() {
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      int stop = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(pos, stop);
      pos = end + 1;
      lineNo++;
      if (line.isBlank() || (comments && line.stripLeading().startsWith("#"))) {
        continue;
      }
      return line;
    }
    return null;
  }

  private static String[] split(String line) {
    if (line.indexOf('"') < 0) {
      return splitPlain(line);
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new RowException("unterminated quoted field");
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }

  private static String[] splitPlain(String line) {
    int count = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ',') {
        count++;
      }
    }
    String[] fields = new String[count];
    int start = 0;
    for (int f = 0; f < count; f++) {
      int end = f == count - 1 ? line.length() : line.indexOf(',', start);
      fields[f] = line.substring(start, end);
      start = end + 1;
    }
    return fields;
  }

  /** Turns one row into a job or throws {@link RowException}. */
  @FunctionalInterface
  interface RowHandler {
    void accept(Row row);
  }

  /** One data line: its number and fields. */
  record Row(long line, String[] fields) {

    /** The field at {@code index}, trimmed. */
    String get(int index) {
      return fields[index].trim();
    }
  }
}
