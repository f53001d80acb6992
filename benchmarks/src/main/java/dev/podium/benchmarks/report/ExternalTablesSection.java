package dev.podium.benchmarks.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** One subsection per external table, in file-name order. */
final class ExternalTablesSection {

  private ExternalTablesSection() {}

  static Map<String, String> render(Report report) {
    return Map.of("external-tables", tables(report.externalTables(), report.run().resultsFolder()));
  }

  private static String tables(List<ExternalTable> tables, String folder) {
    if (tables.isEmpty()) {
      return "_No `*" + ExternalTables.SUFFIX + "` files in `" + folder + "` at this run._";
    }
    StringBuilder md = new StringBuilder();
    for (ExternalTable t : tables) {
      md.append("### ").append(t.title()).append("\n\n")
          .append("From `").append(folder.endsWith("/") ? folder : folder + "/").append(t.source()).append("`, not")
          .append(" measured by this generator. Measured on ").append(t.machine()).append(", ").append(t.date())
          .append(", with:\n\n```bash\n").append(t.command()).append("\n```\n\n");
      MarkdownTable table = new MarkdownTable();
      for (int c = 0; c < t.columns().size(); c++) {
        final int column = c;
        boolean numeric = t.rows().stream().allMatch(row -> isNumber(row.get(column)));
        if (numeric) {
          table.right(t.columns().get(c));
        } else {
          table.left(t.columns().get(c));
        }
      }
      t.rows().forEach(row -> table.row(row.stream().map(Figures::cell).toList()));
      md.append(table.render());
      if (t.notes() != null && !t.notes().isBlank()) {
        md.append('\n').append(t.notes().strip()).append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static boolean isNumber(Object cell) {
    return cell instanceof BigInteger || cell instanceof BigDecimal;
  }
}
