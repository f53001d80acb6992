package dev.podium.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table: columns left- or right-aligned, cells escaped. */
final class MarkdownTable {

  private final List<String> headings = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a left-aligned column (text). */
  MarkdownTable left(String heading) {
    headings.add(heading);
    right.add(false);
    return this;
  }

  /** Adds a right-aligned column (numbers). */
  MarkdownTable right(String heading) {
    headings.add(heading);
    right.add(true);
    return this;
  }

  /** Adds a row; it must have one cell per column. */
  MarkdownTable row(List<String> cells) {
    if (cells.size() != headings.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headings.size() + " columns: "
          + cells);
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Adds a row of the given cells. */
  MarkdownTable row(String... cells) {
    return row(List.of(cells));
  }

  /** Whether no row was added. */
  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, ending with a newline. */
  String render() {
    StringBuilder md = new StringBuilder();
    md.append('|');
    headings.forEach(h -> md.append(' ').append(escape(h)).append(" |"));
    md.append("\n|");
    right.forEach(r -> md.append(r ? "---:|" : "---|"));
    md.append('\n');
    for (List<String> row : rows) {
      md.append('|');
      row.forEach(cell -> md.append(' ').append(escape(cell)).append(" |"));
      md.append('\n');
    }
    return md.toString();
  }

  /** A cell on one line, with its pipes escaped so they do not end the cell. */
  static String escape(String cell) {
    return cell.replace("\r", "").replace("\n", " ").replace("|", "\\|");
  }
}
