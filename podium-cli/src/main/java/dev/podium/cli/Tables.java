package dev.podium.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints aligned text tables: first column left-aligned, the others right-aligned. */
final class Tables {

  private Tables() {}

  static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    line(out, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      text.append(c == 0 ? "" : "  ").append(c == 0 ? cell + pad : pad + cell);
    }
    out.println(text.toString().stripTrailing());
  }
}
