package dev.podium.cli;

import dev.podium.api.topology.Level;
import dev.podium.sim.report.ReportWriter;
import dev.podium.sim.report.RunJson;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.StorageFigures;
import dev.podium.sim.workload.Workload;
import dev.podium.topology.fabric.Fabric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code podium simulate}: replays a workload on a fabric under one placement policy and reports the run. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Replays a workload through the scheduler on a fabric in simulated time and prints the run's"
        + " figures: JCT, makespan, utilization, ETTR, bytes across each level. Progress goes to stderr on a"
        + " terminal; --report DIR writes summary.json, jobs.csv, utilization.csv and report.html with charts"
        + " (docs/REPORTS.md).")
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  FabricSource source;

  @Mixin RunOptions options;

  @Option(names = "--policy", defaultValue = "topology-aware", paramLabel = "NAME",
      description = "Placement policy (see 'podium policies'; default ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--policy-option", paramLabel = "KEY=VALUE",
      description = "An option of the placement policy; repeatable.")
  Map<String, String> policyOptions = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (options.workload == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--workload=SPEC'");
    }
    Fabric fabric = source.load();
    Workload workload = options.loadWorkload(err, "simulate", null);
    SimulationConfig config = options.config(fabric, workload, policy, policyOptions);
    ProgressLine progress = ProgressLine.onConsole(err, 1, workload.size());
    TimedRun run;
    try {
      run = TimedRun.of(config, progress.forRun(0));
    } finally {
      progress.finish();
    }
    if (options.report != null) {
      ReportWriter.write(run.result(), options.report);
    }
    if (options.json) {
      out.print(RunJson.text(run.json()));
    } else {
      out.println(headline(config, true));
      out.println();
      Tables.print(out, List.of("figure", "value"), figures(run));
      if (options.report != null) {
        out.println();
        out.println("Report written to " + options.report + " (open "
            + options.report.resolve(ReportWriter.REPORT_HTML) + ")");
      }
    }
    out.flush();
    return 0;
  }

  /** One line saying what was run; the placement policy only when {@code withPlacement}. */
  static String headline(SimulationConfig config, boolean withPlacement) {
    Fabric fabric = config.fabric();
    Workload workload = config.workload();
    String failures = config.failures() == null ? "no failures"
        : String.format(Locale.ROOT, "failures %.2f per 1,000 node-days", config.failures().perThousandNodeDays());
    String checkpoints = Double.isInfinite(config.checkpointSeconds()) ? "no checkpoints"
        : "checkpoints every " + Units.seconds(config.checkpointSeconds());
    String storage = config.storage() == null ? ""
        : ", storage " + config.storage().source() + " (" + config.storage().checkpointMode().name()
            .toLowerCase(Locale.ROOT) + " checkpoints" + (config.storage().stageDatasets() ? ", staged datasets" : "")
            + ")";
    return String.format(Locale.ROOT, "%s (%,d jobs) on %s (%,d %s), %s%s queue, seed %d, %s, %s%s", workload.name(),
        workload.size(), fabric.name(), fabric.acceleratorCount(), fabric.accelerator().name(),
        withPlacement ? config.placementPolicy() + " placement, " : "", config.queuePolicy(), config.seed(), failures,
        checkpoints, storage);
  }

  private static List<List<String>> figures(TimedRun run) {
    RunSummary s = run.result().summary();
    Workload workload = run.result().config().workload();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("jobs completed", Units.count(s.completed()) + " of " + Units.count(s.jobs())));
    rows.add(List.of("jobs rejected", Units.count(s.rejected())));
    if (workload.skipped().count() > 0) {
      rows.add(List.of("rows skipped", Units.count(workload.skipped().count())));
    }
    rows.add(List.of("mean JCT", Units.seconds(s.avgJctSeconds())));
    rows.add(List.of("p50 / p90 / p99 JCT", Units.seconds(s.p50JctSeconds()) + " / "
        + Units.seconds(s.p90JctSeconds()) + " / " + Units.seconds(s.p99JctSeconds())));
    rows.add(List.of("mean queueing", Units.seconds(s.avgQueueingSeconds())));
    rows.add(List.of("makespan", Units.seconds(s.makespanSeconds())));
    rows.add(List.of("utilization", Units.percent(s.utilization())));
    rows.add(List.of("goodput", Units.percent(s.goodput())));
    rows.add(List.of("ETTR", String.format(Locale.ROOT, "%.3f", s.ettr())));
    rows.add(List.of("fragmentation", Units.percent(s.fragmentation())));
    rows.add(List.of("preemptions", Units.count(s.preemptions())));
    rows.add(List.of("failure interruptions", Units.count(s.interruptions())));
    List<Level> levels = run.result().config().fabric().levels();
    for (int level = levels.size() - 1; level >= 1; level--) {
      String name = levels.get(level).name();
      rows.add(List.of("bytes across " + name, Units.si(s.crossBytes().get(name), "B")));
    }
    StorageFigures storage = s.storage();
    if (storage != null) {
      rows.add(List.of("data stall", Units.seconds(storage.dataStallSeconds())));
      rows.add(List.of("checkpoint time", Units.seconds(storage.checkpointSeconds())));
      rows.add(List.of("staging / restore", Units.seconds(storage.stagingSeconds()) + " / "
          + Units.seconds(storage.restoreSeconds())));
      rows.add(List.of("cache hit rate", Units.percent(storage.cacheHitRate())));
      rows.add(List.of("NVMe read / written", Units.si(storage.hotReadBytes(), "B") + " / "
          + Units.si(storage.hotWrittenBytes(), "B")));
      rows.add(List.of("warm tier read / written", Units.si(storage.warmReadBytes(), "B") + " / "
          + Units.si(storage.warmWrittenBytes(), "B")));
    }
    rows.add(List.of("events", Units.count(s.events())));
    rows.add(List.of("wall time", Units.seconds(run.wallSeconds())));
    return rows;
  }
}
