package dev.podium.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.podium.sim.report.charts.ChartImage;
import dev.podium.sim.report.charts.ReportCharts;
import dev.podium.sim.run.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes runs into report folders (layout and columns in {@code docs/REPORTS.md}). A run's folder
 * holds {@code summary.json}, {@code jobs.csv}, {@code utilization.csv}, {@code report.html} and
 * its charts in {@code charts/*.png}; a comparison's holds {@code comparison.json},
 * {@code comparison.csv}, {@code report.html} and {@code charts/} for all policies, and one data
 * folder per placement policy. Nothing in them depends on the wall clock, so the same config
 * writes the same JSON and CSV bytes (and, on the same JDK and fonts, the same PNG and HTML bytes).
 */
public final class ReportWriter {

  /** The run's figures and config. */
  public static final String SUMMARY = "summary.json";
  /** One row per job. */
  public static final String JOBS = "jobs.csv";
  /** Busy accelerators over time. */
  public static final String UTILIZATION = "utilization.csv";
  /** The compared runs' figures and configs, one element per policy. */
  public static final String COMPARISON_JSON = "comparison.json";
  /** The compared runs' figures, one row per policy. */
  public static final String COMPARISON_CSV = "comparison.csv";
  /** The self-contained page with the figures and the charts. */
  public static final String REPORT_HTML = "report.html";
  /** The folder of the charts as PNG files. */
  public static final String CHARTS = "charts";

  private ReportWriter() {}

  /** Writes {@code result} and its HTML report into {@code dir}, creating it, replacing these files if present. */
  public static void write(SimulationResult result, Path dir) throws IOException {
    writeData(result, dir);
    writePage(List.of(result), dir);
  }

  /**
   * Writes runs of one workload under several placement policies into {@code dir}: the comparison
   * files and the HTML report with every policy, in the order given, and each run's JSON and CSV
   * files in the sub-folder {@link #folderName named} after its policy.
   */
  public static void writeComparison(List<SimulationResult> results, Path dir) throws IOException {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("comparison: no runs to write");
    }
    Set<String> folders = new HashSet<>();
    for (SimulationResult result : results) {
      if (!folders.add(folderName(result.config().placementPolicy()))) {
        throw new IllegalArgumentException("comparison: placement policy '" + result.config().placementPolicy()
            + "' appears twice");
      }
    }
    Files.createDirectories(dir);
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    results.forEach(result -> array.add(RunJson.of(result)));
    write(dir.resolve(COMPARISON_JSON), RunJson.text(array));
    write(dir.resolve(COMPARISON_CSV), RunTables.comparison(results));
    for (SimulationResult result : results) {
      writeData(result, dir.resolve(folderName(result.config().placementPolicy())));
    }
    writePage(results, dir);
  }

  /** The sub-folder of a policy: its name with any character other than letters, digits, '.', '-' and '_' as '_'. */
  public static String folderName(String policy) {
    String name = policy.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "_" + name : name;
  }

  private static void writeData(SimulationResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve(SUMMARY), RunJson.text(RunJson.of(result)));
    write(dir.resolve(JOBS), RunTables.jobs(result));
    write(dir.resolve(UTILIZATION), RunTables.utilization(result));
  }

  /** {@code report.html} and {@code charts/*.png} for {@code results}. */
  private static void writePage(List<SimulationResult> results, Path dir) throws IOException {
    List<ChartImage> charts = ReportCharts.of(results);
    Path chartDir = Files.createDirectories(dir.resolve(CHARTS));
    for (ChartImage chart : charts) {
      Files.write(chartDir.resolve(chart.fileName()), chart.png());
    }
    write(dir.resolve(REPORT_HTML), HtmlReport.of(results, charts));
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
