package dev.podium.benchmarks.report;

import java.time.Instant;

/**
 * One run of the generator: what was asked, and when it ran.
 *
 * @param command the command line that produced the report, as a reader would retype it
 * @param started when the first suite started (wall clock: this is a benchmark report)
 * @param finished when the last suite ended
 * @param quick whether it was a {@code --quick} smoke run, whose numbers are not for comparison
 * @param only the {@code --only} regular expression, or null for every suite
 * @param resultsFolder the folder searched for external tables, as given
 */
public record ReportRun(String command, Instant started, Instant finished, boolean quick, String only,
    String resultsFolder) {}
