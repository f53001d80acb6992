package dev.podium.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.Level;
import dev.podium.core.policy.Policies;
import dev.podium.sim.report.ReportWriter;
import dev.podium.sim.report.RunJson;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.workload.Workload;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium compare}: one workload under several placement policies, run in parallel, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Simulates one workload on one fabric under several placement policies (in parallel, one"
        + " thread per core), prints a row per policy in the order given and writes report.html with charts,"
        + " comparison.json, comparison.csv and a data folder per policy into the report folder"
        + " (docs/REPORTS.md). With no options: --preset " + CompareCommand.DEFAULT_PRESET + " --workload "
        + CompareCommand.DEFAULT_WORKLOAD + " --report " + CompareCommand.DEFAULT_REPORT + ".")
final class CompareCommand implements Callable<Integer> {

  /** The fabric when none is given. */
  static final String DEFAULT_PRESET = "meta-24k-roce";
  /** The workload when none is given: sized so the five-policy comparison takes seconds on two cores. */
  static final String DEFAULT_WORKLOAD = "synthetic:jobs=3000,meanInterarrival=10,seed=1";
  /** The report folder when none is given, relative to the working directory. */
  static final String DEFAULT_REPORT = "reports/compare";

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  FabricSource source;

  @Mixin RunOptions options;

  @Option(names = "--policies", split = ",", paramLabel = "NAMES",
      defaultValue = "topology-aware,first-fit,slurm-tree,kueue-tas-bestfit,volcano-hypernode",
      description = "Placement policies to compare (default ${DEFAULT-VALUE}).")
  List<String> policies;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> names = names();
    Fabric fabric = source == null ? Presets.find(DEFAULT_PRESET).build() : source.load();
    Workload workload = options.loadWorkload(err, "compare", DEFAULT_WORKLOAD);
    Path report = options.report == null ? Path.of(DEFAULT_REPORT) : options.report;
    List<SimulationConfig> configs = new ArrayList<>();
    for (String name : names) {
      configs.add(options.config(fabric, workload, name, Map.of()));
    }
    List<TimedRun> runs = runAll(configs, err);
    ReportWriter.writeComparison(runs.stream().map(TimedRun::result).toList(), report);
    if (options.json) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      runs.forEach(run -> array.add(run.json()));
      out.print(RunJson.text(array));
    } else {
      out.println(SimulateCommand.headline(configs.get(0), false));
      out.println();
      print(out, fabric, runs);
      out.println();
      out.println("Report written to " + report + " (open " + report.resolve(ReportWriter.REPORT_HTML) + ")");
    }
    out.flush();
    return 0;
  }

  /** The policy names, trimmed, each known and given once. */
  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (String name : policies) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Policies.placement(trimmed, PolicyOptions.defaults());
      names.add(trimmed);
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--policies names no policy");
    }
    if (new LinkedHashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("--policies names a policy twice: " + String.join(",", names));
    }
    return names;
  }

  /** Runs every config on a fixed pool of one thread per core (at most one per run); results in the order given. */
  private static List<TimedRun> runAll(List<SimulationConfig> configs, PrintWriter err) throws InterruptedException {
    int threads = Math.min(configs.size(), Runtime.getRuntime().availableProcessors());
    ProgressLine progress = ProgressLine.onConsole(err, configs.size(), configs.get(0).workload().size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "podium-compare");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<TimedRun>> futures = new ArrayList<>();
      for (int i = 0; i < configs.size(); i++) {
        SimulationConfig config = configs.get(i);
        int index = i;
        futures.add(pool.submit(() -> TimedRun.of(config, progress.forRun(index))));
      }
      List<TimedRun> runs = new ArrayList<>();
      for (Future<TimedRun> future : futures) {
        runs.add(result(future));
      }
      return runs;
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private static TimedRun result(Future<TimedRun> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void print(PrintWriter out, Fabric fabric, List<TimedRun> runs) {
    List<String> top = new ArrayList<>();
    List<Level> levels = fabric.levels();
    for (int level = levels.size() - 1; level >= Math.max(1, levels.size() - 2); level--) {
      top.add(levels.get(level).name());
    }
    List<String> header = new ArrayList<>(List.of("policy", "completed", "mean JCT", "p50 JCT", "p99 JCT",
        "makespan", "utilization", "ETTR"));
    top.forEach(level -> header.add("bytes across " + level));
    List<List<String>> rows = new ArrayList<>();
    for (TimedRun run : runs) {
      SimulationResult result = run.result();
      RunSummary s = result.summary();
      List<String> row = new ArrayList<>(List.of(result.config().placementPolicy(),
          Units.count(s.completed()) + "/" + Units.count(s.jobs()), Units.seconds(s.avgJctSeconds()),
          Units.seconds(s.p50JctSeconds()), Units.seconds(s.p99JctSeconds()), Units.seconds(s.makespanSeconds()),
          Units.percent(s.utilization()), String.format(Locale.ROOT, "%.3f", s.ettr())));
      top.forEach(level -> row.add(Units.si(s.crossBytes().get(level), "B")));
      rows.add(row);
    }
    Tables.print(out, header, rows);
  }
}
