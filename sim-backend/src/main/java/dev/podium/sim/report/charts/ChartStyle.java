package dev.podium.sim.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** The look every report chart shares: fixed size, fonts and colours, so the same figures draw the same image. */
final class ChartStyle {

  /** Width of every chart, pixels. */
  static final int WIDTH = 800;
  /** Height of every chart, pixels. */
  static final int HEIGHT = 450;

  /** One colour per compared policy, in the order given (colour-blind safe, Okabe–Ito), repeating after eight. */
  private static final Color[] PALETTE = {
      new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
      new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)};

  private ChartStyle() {}

  /** The colour of the policy at {@code index}. */
  static Color color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /**
   * The line of the policy at {@code index}: solid for the first, then ever longer dashes, so that
   * identical curves drawn on top of each other show both colours.
   */
  static BasicStroke stroke(int index) {
    if (index == 0) {
      return new BasicStroke(2.5f);
    }
    float dash = 4f + 3f * index;
    return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash, dash}, 0f);
  }

  /** Applies the shared look to a line chart. */
  static void apply(XYChart chart) {
    common(chart.getStyler());
    chart.getStyler().setMarkerSize(0);
  }

  /** Applies the shared look to a bar chart. */
  static void apply(CategoryChart chart) {
    common(chart.getStyler());
    chart.getStyler().setAvailableSpaceFill(0.8);
    chart.getStyler().setOverlapped(false);
  }

  private static void common(Styler styler) {
    String family = Font.SANS_SERIF;
    styler.setChartTitleFont(new Font(family, Font.BOLD, 16));
    styler.setLegendFont(new Font(family, Font.PLAIN, 12));
    styler.setAnnotationTextFont(new Font(family, Font.PLAIN, 11));
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(new Color(200, 200, 200));
    styler.setChartTitleBoxVisible(false);
    styler.setAntiAlias(true);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
      axes.setAxisTitleFont(new Font(family, Font.PLAIN, 13));
      axes.setAxisTickLabelsFont(new Font(family, Font.PLAIN, 11));
      axes.setPlotGridLinesColor(new Color(225, 225, 225));
      axes.setPlotBorderColor(new Color(160, 160, 160));
    }
  }
}
