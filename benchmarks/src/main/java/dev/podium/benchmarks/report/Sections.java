package dev.podium.benchmarks.report;

import java.util.Locale;
import java.util.Optional;

/** What every section renders the same way: a suite's command and status, and a missing suite's note. */
final class Sections {

  private Sections() {}

  /**
   * The command that reproduces {@code suite} as a shell block, then how the suite fared in this run
   * (its time and load, or why it has no numbers).
   */
  static String command(Report report, Suite suite) {
    String block = "```bash\n" + suite.command(report.run().quick()) + "\n```\n\n";
    Optional<SuiteRun> run = run(report, suite);
    if (run.isEmpty()) {
      return block + "Report suite `" + suite.id() + "`: not run this time (left out by `--only`).";
    }
    SuiteRun r = run.get();
    String status = r.completed() ? "" : "; **failed**: " + r.error();
    return block + String.format(Locale.ROOT, "Report suite `%s`: %s min, 1-minute load average %s at its start and"
        + " %s at its end%s.", suite.id(), Figures.minutes(r.seconds()), Figures.load(r.loadBefore()),
        Figures.load(r.loadAfter()), status);
  }

  /** The note that stands where a suite's numbers would be when it has none. */
  static String notMeasured(Report report, Suite suite) {
    return run(report, suite)
        .map(r -> "_Not measured: suite `" + suite.id() + "` failed in this run (" + r.error() + ")._")
        .orElse("_Not measured in this run: suite `" + suite.id() + "` was left out by `--only`._");
  }

  /** How {@code suite} ran, if it was attempted. */
  static Optional<SuiteRun> run(Report report, Suite suite) {
    return report.measurements().suiteRuns().stream().filter(r -> r.id().equals(suite.id())).findFirst();
  }

  /** {@code value} converted from JMH's {@code unit} (e.g. {@code us/op}, {@code ms/op}) to milliseconds. */
  static double millis(double value, String unit) {
    String time = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
    return switch (time) {
      case "ns" -> value / 1e6;
      case "us" -> value / 1e3;
      case "ms" -> value;
      case "s" -> value * 1e3;
      default -> throw new IllegalArgumentException("not a JMH time unit: " + unit);
    };
  }

  /** JMH's time unit for display: {@code us/op} as {@code µs}. */
  static String timeUnit(String unit) {
    String time = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
    return time.equals("us") ? "µs" : time;
  }
}
