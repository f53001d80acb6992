package dev.podium.sim.report;

import dev.podium.sim.report.charts.ChartImage;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.run.StorageFigures;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html}: one self-contained page (no external files, scripts or fonts) with what was
 * run, a table of each run's figures and the charts as inline PNG images. A few lines of inline
 * script count the charts the browser decoded and write the count into {@code #render-check}.
 */
final class HtmlReport {

  private HtmlReport() {}

  /** The page for {@code results} (one run, or one per compared policy) and their {@code charts}. */
  static String of(List<SimulationResult> results, List<ChartImage> charts) {
    SimulationConfig first = results.get(0).config();
    String title = results.size() == 1
        ? "Podium run: " + first.placementPolicy() + " on " + first.fabric().name()
        : "Podium comparison: " + results.size() + " placement policies on " + first.fabric().name();
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}\n")
        .append(".scroll{overflow-x:auto}\nth,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right;")
        .append("white-space:nowrap}\n")
        .append("th:first-child,td:first-child{text-align:left}\nth{background:#f3f3f3}\n")
        .append("figure{margin:2rem 0}\nfigure img{max-width:100%;height:auto;border:1px solid #ddd}\n")
        .append("figcaption{color:#555;font-size:.9rem}\ndl{display:grid;grid-template-columns:max-content auto;")
        .append("gap:.2rem 1rem}\ndt{font-weight:600}\ndd{margin:0}\n#render-check{color:#777;font-size:.8rem}\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(title)).append("</h1>\n");
    description(html, first);
    html.append("<h2>Figures</h2>\n");
    figures(html, results);
    html.append("<h2>Charts</h2>\n");
    for (ChartImage chart : charts) {
      html.append("<figure id=\"").append(chart.name()).append("\">\n<h3>").append(escape(chart.title()))
          .append("</h3>\n<img class=\"chart\" width=\"800\" height=\"450\" alt=\"").append(escape(chart.title()))
          .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
          .append("\">\n<figcaption>").append(escape(chart.caption())).append(" Also in charts/")
          .append(chart.fileName()).append(".</figcaption>\n</figure>\n");
    }
    html.append("<p id=\"render-check\" data-charts=\"").append(charts.size()).append("\"></p>\n")
        .append("<p>Written by Podium; the figures are also in ")
        .append(results.size() == 1 ? "summary.json, jobs.csv and utilization.csv"
            : "comparison.json, comparison.csv and a folder per policy")
        .append(" beside this file (docs/REPORTS.md).</p>\n")
        .append("<script>\nwindow.addEventListener('load', function () {\n")
        .append("  var charts = document.querySelectorAll('img.chart'), drawn = 0;\n")
        .append("  charts.forEach(function (img) { if (img.complete && img.naturalWidth > 0) drawn++; });\n")
        .append("  var check = document.getElementById('render-check');\n")
        .append("  check.setAttribute('data-rendered', String(drawn));\n")
        .append("  check.textContent = drawn + ' of ' + charts.length + ' charts rendered';\n")
        .append("});\n</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void description(StringBuilder html, SimulationConfig config) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"fabric", String.format(Locale.ROOT, "%s (%,d %s)", config.fabric().name(),
        config.fabric().acceleratorCount(), config.fabric().accelerator().name())});
    rows.add(new String[] {"workload", String.format(Locale.ROOT, "%s (%,d jobs)", config.workload().name(),
        config.workload().size())});
    rows.add(new String[] {"queue", config.queuePolicy()});
    rows.add(new String[] {"seed", Long.toString(config.seed())});
    rows.add(new String[] {"failures", config.failures() == null ? "none"
        : String.format(Locale.ROOT, "%s per 1,000 node-days", Numbers.text(config.failures().perThousandNodeDays()))});
    rows.add(new String[] {"checkpoints", Double.isInfinite(config.checkpointSeconds()) ? "never"
        : "every " + seconds(config.checkpointSeconds())});
    if (config.storage() != null) {
      StorageConfig storage = config.storage();
      rows.add(new String[] {"storage", String.format(Locale.ROOT, "%s (warm tier read %s/s, write %s/s), %s"
          + " checkpoints%s", storage.source(), bytes(storage.system().warm().readBytesPerSecond()),
          bytes(storage.system().warm().writeBytesPerSecond()),
          storage.checkpointMode().name().toLowerCase(Locale.ROOT), storage.stageDatasets() ? ", datasets staged" : "")});
    }
    html.append("<dl>\n");
    for (String[] row : rows) {
      html.append("<dt>").append(escape(row[0])).append("</dt><dd>").append(escape(row[1])).append("</dd>\n");
    }
    html.append("</dl>\n");
  }

  private static void figures(StringBuilder html, List<SimulationResult> results) {
    List<String> levels = new ArrayList<>(results.get(0).summary().crossBytes().keySet());
    List<String> header = new ArrayList<>(List.of("placement", "completed", "mean JCT", "p50 JCT", "p90 JCT",
        "p99 JCT", "mean queueing", "makespan", "utilization", "goodput", "ETTR", "fragmentation", "preemptions",
        "interruptions"));
    levels.forEach(level -> header.add("bytes across " + level));
    boolean storage = results.get(0).summary().storage() != null;
    if (storage) {
      header.addAll(List.of("data stall", "checkpoint time", "cache hit rate", "NVMe read", "warm read",
          "warm written"));
    }
    html.append("<div class=\"scroll\">\n<table id=\"figures\">\n<thead><tr>");
    header.forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (SimulationResult result : results) {
      RunSummary s = result.summary();
      List<String> row = new ArrayList<>(List.of(result.config().placementPolicy(),
          String.format(Locale.ROOT, "%,d / %,d", s.completed(), s.jobs()), seconds(s.avgJctSeconds()),
          seconds(s.p50JctSeconds()), seconds(s.p90JctSeconds()), seconds(s.p99JctSeconds()),
          seconds(s.avgQueueingSeconds()), seconds(s.makespanSeconds()), percent(s.utilization()),
          percent(s.goodput()), ratio(s.ettr()), percent(s.fragmentation()),
          String.format(Locale.ROOT, "%,d", s.preemptions()), String.format(Locale.ROOT, "%,d", s.interruptions())));
      levels.forEach(level -> row.add(bytes(s.crossBytes().getOrDefault(level, Double.NaN))));
      if (storage) {
        StorageFigures f = s.storage();
        row.addAll(f == null ? List.of("–", "–", "–", "–", "–", "–") : List.of(seconds(f.dataStallSeconds()),
            seconds(f.checkpointSeconds()), percent(f.cacheHitRate()), bytes(f.hotReadBytes()),
            bytes(f.warmReadBytes()), bytes(f.warmWrittenBytes())));
      }
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n");
  }

  private static String seconds(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f s", value) : "–";
  }

  private static String percent(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "–";
  }

  private static String ratio(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
  }

  /** Bytes with an SI prefix and three significant digits, e.g. {@code 1.35 PB}. */
  static String bytes(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    String[] prefixes = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    int power = 0;
    double scaled = value;
    while (Math.abs(scaled) >= 999.5 && power < prefixes.length - 1) {
      scaled /= 1000;
      power++;
    }
    String digits = Math.abs(scaled) >= 99.5 || power == 0 ? "%.0f" : Math.abs(scaled) >= 9.995 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, digits + " %sB", scaled, prefixes[power]);
  }

  /** {@code text} with the five HTML-special characters escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
