/**
 * The charts of a report, drawn with XChart to PNG: {@link dev.podium.sim.report.charts.ReportCharts}
 * (JCT and queueing-delay CDFs, utilisation over time, bytes per tier, ETTR, one line or bar per
 * policy) from {@link dev.podium.sim.report.charts.Curve}s, as {@link
 * dev.podium.sim.report.charts.ChartImage}s — see {@code docs/REPORTS.md}.
 */
package dev.podium.sim.report.charts;
