package dev.podium.sim.report;

import java.util.List;

/** Builds CSV text: comma-separated, {@code \n} line ends, fields quoted only when they must be (RFC 4180). */
final class Csv {

  private final StringBuilder text = new StringBuilder();

  /** Appends one row. */
  Csv row(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quoted(fields.get(i)));
    }
    text.append('\n');
    return this;
  }

  /** The rows so far. */
  String text() {
    return text.toString();
  }

  static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
