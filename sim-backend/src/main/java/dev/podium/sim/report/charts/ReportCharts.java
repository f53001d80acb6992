package dev.podium.sim.report.charts;

import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a report, one series (or bar) per run, drawn with XChart to PNG: JCT CDF,
 * queueing-delay CDF, utilisation over time, bytes across each tier, ETTR. Rendering needs no
 * display; {@code java.awt.headless} is set to true unless the caller chose otherwise.
 */
public final class ReportCharts {

  /** Points per CDF line at most. */
  static final int CDF_POINTS = 1_000;
  /** Bins of the utilisation line. */
  static final int UTILIZATION_BINS = 400;

  private static final double HOUR = 3_600;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ReportCharts() {}

  /** The five charts of {@code results} (runs of one workload on one fabric), in report order. */
  public static List<ChartImage> of(List<SimulationResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("charts: no runs");
    }
    return List.of(
        image("jct-cdf", "Job completion time (CDF)",
            "Share of completed jobs that finished within a given time of their submission; further left is better.",
            jctCdf(results)),
        image("queueing-cdf", "Queueing delay (CDF)",
            "Share of started jobs that waited at most a given time between submission and first start.",
            queueingCdf(results)),
        image("utilization", "Accelerator utilisation over time",
            "Share of the fabric's accelerators held by jobs, averaged over each 1/" + UTILIZATION_BINS
                + " of the longest run.",
            utilization(results)),
        image("bytes-per-tier", "Bytes across each network tier",
            "Bytes all jobs sent across each locality level (innermost first); lower is better, outer tiers cost most.",
            bytesPerTier(results)),
        image("ettr", "Effective training time ratio (ETTR)",
            "Kept progress over wall time from first start to end, weighted by gang size; 1 means no work lost.",
            ettr(results)));
  }

  private static ChartImage image(String name, String title, String caption, Chart<?, ?> chart) {
    try {
      return new ChartImage(name, title, caption, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("chart " + name + ": " + e.getMessage(), e);
    }
  }

  private static XYChart jctCdf(List<SimulationResult> results) {
    XYChart chart = cdfLines("Job completion time (CDF)", "JCT (hours, log scale)", "share of completed jobs");
    chart.getStyler().setXAxisLogarithmic(true);
    for (int i = 0; i < results.size(); i++) {
      double[] hours = results.get(i).jobs().stream().mapToDouble(JobOutcome::jctSeconds)
          .filter(seconds -> seconds > 0).map(seconds -> seconds / HOUR).toArray();
      add(chart, results.get(i), i, Curve.cdf(hours, CDF_POINTS));
    }
    return chart;
  }

  private static XYChart queueingCdf(List<SimulationResult> results) {
    XYChart chart = cdfLines("Queueing delay (CDF)", "time from submit to first start (hours)",
        "share of started jobs");
    chart.getStyler().setXAxisMin(0.0);
    for (int i = 0; i < results.size(); i++) {
      double[] hours = results.get(i).jobs().stream().mapToDouble(JobOutcome::queueingSeconds)
          .filter(Double::isFinite).map(seconds -> Math.max(0, seconds) / HOUR).toArray();
      add(chart, results.get(i), i, Curve.cdf(hours, CDF_POINTS));
    }
    return chart;
  }

  private static XYChart utilization(List<SimulationResult> results) {
    XYChart chart = lines("Accelerator utilisation over time", "simulated time (hours)", "accelerators busy (%)");
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisDecimalPattern("#,##0.#");
    double horizon = 0;
    for (SimulationResult result : results) {
      List<double[]> series = result.utilizationSeries();
      if (!series.isEmpty()) {
        horizon = Math.max(horizon, series.get(series.size() - 1)[0]);
      }
    }
    horizon = horizon > 0 ? horizon : 1;
    for (int i = 0; i < results.size(); i++) {
      SimulationResult result = results.get(i);
      double accelerators = Math.max(1, result.config().fabric().acceleratorCount());
      Curve busy = Curve.binnedSteps(result.utilizationSeries(), horizon, UTILIZATION_BINS);
      double[] hours = new double[busy.x().length];
      double[] percent = new double[busy.y().length];
      for (int k = 0; k < hours.length; k++) {
        hours[k] = busy.x()[k] / HOUR;
        percent[k] = 100 * busy.y()[k] / accelerators;
      }
      add(chart, result, i, new Curve(hours, percent));
    }
    return chart;
  }

  private static CategoryChart bytesPerTier(List<SimulationResult> results) {
    List<String> levels = new ArrayList<>(results.get(0).summary().crossBytes().keySet());
    boolean positive = results.stream()
        .allMatch(r -> levels.stream().allMatch(level -> r.summary().crossBytes().getOrDefault(level, 0.0) > 0));
    CategoryChart chart = bars("Bytes across each network tier", "locality level",
        positive ? "bytes (log scale)" : "bytes");
    if (positive) {
      double least = results.stream().flatMap(r -> levels.stream().map(level -> r.summary().crossBytes().get(level)))
          .mapToDouble(Double::doubleValue).min().orElse(1);
      chart.getStyler().setYAxisLogarithmic(true);
      chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(least))));
    }
    for (int i = 0; i < results.size(); i++) {
      SimulationResult result = results.get(i);
      List<Double> bytes = levels.stream().map(level -> result.summary().crossBytes().getOrDefault(level, 0.0))
          .toList();
      CategorySeries series = chart.addSeries(result.config().placementPolicy(), levels, bytes);
      series.setFillColor(ChartStyle.color(i));
    }
    return chart;
  }

  private static CategoryChart ettr(List<SimulationResult> results) {
    CategoryChart chart = bars("Effective training time ratio (ETTR)", "placement policy", "ETTR");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setLegendVisible(false);
    List<String> policies = results.stream().map(r -> r.config().placementPolicy()).toList();
    List<Double> values = results.stream().map(r -> Double.isFinite(r.summary().ettr()) ? r.summary().ettr() : 0.0)
        .toList();
    chart.addSeries("ETTR", policies, values).setFillColor(ChartStyle.color(0));
    return chart;
  }

  private static XYChart lines(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    ChartStyle.apply(chart);
    return chart;
  }

  /** A line chart whose y axis is a share (0 to 1), labelled with XChart's own tick values. */
  private static XYChart cdfLines(String title, String xTitle, String yTitle) {
    XYChart chart = lines(title, xTitle, yTitle);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    return chart;
  }

  private static CategoryChart bars(String title, String xTitle, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    ChartStyle.apply(chart);
    return chart;
  }

  /** Adds a run's line, dashed differently per run so that lines on top of each other stay visible. */
  private static void add(XYChart chart, SimulationResult result, int index, Curve curve) {
    String name = result.config().placementPolicy();
    XYSeries series = curve.x().length == 0
        ? chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN})
        : chart.addSeries(name, curve.x(), curve.y());
    series.setLineColor(ChartStyle.color(index));
    series.setLineStyle(ChartStyle.stroke(index));
    series.setMarker(SeriesMarkers.NONE);
  }
}
