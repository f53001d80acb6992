package dev.podium.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podium.sim.report.RunJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium merge}: combines the results of every task of a sweep into one report. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Reads every task's DIR/results/task-I/summary.json, prints one row per scenario and placement"
        + " policy with the mean over seeds, and writes merged.json and merged.csv into DIR (or --report OUT)."
        + " Exit codes: 0 merged, 2 bad arguments, 3 some task has no results (each named on stderr).")
final class MergeCommand implements Callable<Integer> {

  /** Exit code when a task is missing or failed. */
  static final int INCOMPLETE = 3;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The sweep folder 'podium sweep' wrote.")
  Path dir;

  @Option(names = "--report", paramLabel = "OUT", description = "Write merged.json and merged.csv here (default DIR).")
  Path report;

  @Option(names = "--json", description = "Print merged.json on stdout instead of the table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SweepPlan plan = SweepPlan.read(dir);
    List<SweepMerge.Problem> problems = SweepMerge.problems(dir, plan);
    if (!problems.isEmpty()) {
      err.printf("podium merge: %d of %d tasks have no results:%n", problems.size(), plan.tasks().size());
      problems.forEach(problem -> err.println("  " + problem.line()));
      err.flush();
      return INCOMPLETE;
    }
    SweepMerge merge = SweepMerge.read(dir, plan);
    Path target = report != null ? report : dir;
    merge.write(target);
    if (json) {
      out.print(RunJson.text(merge.json()));
    } else {
      out.printf("Sweep %s: %d tasks merged, mean over seeds%n%n", plan.name(), plan.tasks().size());
      print(out, merge);
      out.println();
      out.println("Merged report written to " + target.resolve(SweepMerge.JSON) + " and " + SweepMerge.CSV);
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, SweepMerge merge) {
    List<String> header = List.of("scenario", "policy", "seeds", "completed", "mean JCT", "p99 JCT", "makespan",
        "utilization", "ETTR");
    List<List<String>> rows = new ArrayList<>();
    for (SweepMerge.Group g : merge.groups()) {
      JsonNode m = g.mean();
      rows.add(List.of(g.scenario(), g.policy(), Integer.toString(g.seeds().size()),
          figure(m, "completed", "%.1f") + "/" + figure(m, "jobs", "%.1f"), seconds(m, "avgJctSeconds"),
          seconds(m, "p99JctSeconds"), seconds(m, "makespanSeconds"),
          m.get("utilization").isNull() ? "-" : Units.percent(m.get("utilization").doubleValue()),
          figure(m, "ettr", "%.3f")));
    }
    Tables.print(out, header, rows);
  }

  private static String seconds(JsonNode mean, String field) {
    return mean.get(field).isNull() ? "-" : Units.seconds(mean.get(field).doubleValue());
  }

  private static String figure(JsonNode mean, String field, String format) {
    if (mean.get(field).isNull()) {
      return "-";
    }
    double value = mean.get(field).doubleValue();
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, format, value);
  }
}
