package dev.podium.benchmarks.report;

/**
 * How one suite of a report ran.
 *
 * @param id the suite's id, as {@code --only} matches it
 * @param command the command that reproduces the suite on its own
 * @param seconds wall time of the suite (not counting any wait for the JMH lock)
 * @param loadBefore the 1-minute load average when it started; NaN if the system reports none
 * @param loadAfter the same when it ended
 * @param error why the suite failed, or null if it completed
 */
public record SuiteRun(String id, String command, double seconds, double loadBefore, double loadAfter,
    String error) {

  /** Whether the suite completed. */
  public boolean completed() {
    return error == null;
  }
}
