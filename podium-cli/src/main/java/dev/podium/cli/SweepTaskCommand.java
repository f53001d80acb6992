package dev.podium.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.sim.report.RunJson;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.workload.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium sweep-task}: runs one task of a sweep folder and writes its report folder. */
@Command(name = "sweep-task", mixinStandardHelpOptions = true,
    description = "Runs task I of the sweep folder DIR (from DIR/tasks.json) exactly as 'podium simulate' would and"
        + " writes DIR/results/task-I/ (summary.json, jobs.csv, utilization.csv). A failed task leaves"
        + " DIR/results/task-I.failed with the error. Exit codes: 0 done, 2 failed or bad arguments.")
final class SweepTaskCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The sweep folder 'podium sweep' wrote.")
  Path dir;

  @Parameters(index = "1", paramLabel = "I", description = "The task index, 0-based.")
  int index;

  @Option(names = "--json", description = "Print the run's figures as JSON, with the task index.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SweepPlan plan = SweepPlan.read(dir);
    SweepTask task = plan.task(index);
    TimedRun run;
    Path written;
    try {
      run = run(task, spec.commandLine().getErr());
      written = TaskResults.write(dir, task, run.result());
    } catch (RuntimeException | IOException e) {
      TaskResults.fail(dir, task, String.valueOf(e.getMessage()));
      throw e;
    }
    if (json) {
      ObjectNode node = run.json();
      node.put("task", task.index());
      node.put("results", written.toString());
      out.print(RunJson.text(node));
    } else {
      RunSummary s = run.result().summary();
      out.printf("task %d of %d: %s, %s, seed %d: %s of %s jobs completed, mean JCT %s, makespan %s%n", task.index(),
          plan.tasks().size(), task.scenario(), task.policy(), task.seed(), Units.count(s.completed()),
          Units.count(s.jobs()), Units.seconds(s.avgJctSeconds()), Units.seconds(s.makespanSeconds()));
      out.println("Report written to " + written);
    }
    out.flush();
    return 0;
  }

  /** Runs {@code task} with the config {@code podium simulate} builds from the same options. */
  static TimedRun run(SweepTask task, PrintWriter err) throws IOException {
    RunOptions options = task.options();
    Workload workload = options.loadWorkload(err, "sweep-task", null);
    SimulationConfig config = options.config(task.fabric().load(), workload, task.policy(), Map.of());
    return TimedRun.of(config, null);
  }
}
