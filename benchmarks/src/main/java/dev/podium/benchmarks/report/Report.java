package dev.podium.benchmarks.report;

import java.util.List;

/**
 * Everything {@code docs/PERFORMANCE.md} is rendered from.
 *
 * @param externalTables external result tables, sorted by file name
 */
public record Report(Measurements measurements, Machine machine, ReportRun run, List<ExternalTable> externalTables) {}
