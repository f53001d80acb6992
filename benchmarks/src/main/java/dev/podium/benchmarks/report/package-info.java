/**
 * The performance report: {@link dev.podium.benchmarks.report.PerformanceReport} runs every suite
 * {@code docs/PERFORMANCE.md} reports (JMH through its Runner API, the footprint and Philly
 * measurements in child JVMs with their own flags), collects the machine's facts, reads external
 * result tables ({@code *.table.json}), and renders the document from the fixed prose in the
 * {@code PERFORMANCE.template.md} resource. Rendering is a pure function of the measurements, the
 * machine and the run's date ({@link dev.podium.benchmarks.report.PerformanceDocument}).
 */
package dev.podium.benchmarks.report;
