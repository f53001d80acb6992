package dev.podium.sim.report.charts;

/**
 * One rendered chart of a report.
 *
 * @param name file name without extension, e.g. {@code jct-cdf}
 * @param title what the chart shows, also its heading in {@code report.html}
 * @param caption one sentence on how to read it
 * @param png the chart as PNG bytes
 */
public record ChartImage(String name, String title, String caption, byte[] png) {

  /** The file name in the report's {@code charts} folder. */
  public String fileName() {
    return name + ".png";
  }
}
