/**
 * What a finished run is checked against and how it is written down: {@link
 * dev.podium.sim.report.RunInvariants} (every job ends once, times in order, utilization at most 1)
 * and {@link dev.podium.sim.report.ReportWriter}, the report folder of JSON and CSV files, byte for
 * byte the same for the same config, and the self-contained {@code report.html} with its charts
 * ({@link dev.podium.sim.report.charts}) — see {@code docs/REPORTS.md}.
 */
package dev.podium.sim.report;
