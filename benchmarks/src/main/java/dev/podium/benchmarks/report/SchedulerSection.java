package dev.podium.benchmarks.report;

import dev.podium.benchmarks.SchedulerFootprint;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The scheduler state's heap and the 256 MB target for 131,072 accelerators. */
final class SchedulerSection {

  /** Target: fabric, scheduler, state and running jobs in under this many bytes (256 MB). */
  static final double TARGET_BYTES = 256e6;

  private SchedulerSection() {}

  static Map<String, String> render(Report report) {
    SchedulerFootprint.Measurement footprint = report.measurements().schedulerFootprint();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("scheduler-footprint.command", Sections.command(report, Suite.SCHEDULER_FOOTPRINT));
    String absent = Sections.notMeasured(report, Suite.SCHEDULER_FOOTPRINT);
    values.put("scheduler-footprint.table", footprint == null ? absent : table(footprint));
    values.put("scheduler-footprint.target", footprint == null ? absent : target(footprint));
    return values;
  }

  private static String table(SchedulerFootprint.Measurement footprint) {
    MarkdownTable table = new MarkdownTable().left("preset").right("accelerators").right("jobs").right("fabric")
        .right("empty `ClusterState`").right("filled `ClusterState`").right("`Scheduler` running the jobs")
        .right("fabric + scheduler");
    for (SchedulerFootprint.Result r : footprint.presets()) {
      table.row(r.preset(), Figures.count(r.accelerators()), Figures.count(r.jobs()), Figures.mib(r.fabric()),
          Figures.mib(r.emptyState()), Figures.mib(r.filledState()), Figures.mib(r.scheduler()),
          Figures.mib(r.fabric() + r.scheduler()));
    }
    return String.format(Locale.ROOT, "MiB, median of %d measured run%s after one unmeasured run, at %s occupancy;"
        + " collectors: %s; maximum heap %.0f MiB.%n%n", footprint.runs(), footprint.runs() == 1 ? "" : "s",
        Figures.percent(footprint.occupancy()), footprint.collectors(), footprint.maxHeapBytes() / Figures.MIB)
        + table.render();
  }

  private static String target(SchedulerFootprint.Measurement footprint) {
    Optional<SchedulerFootprint.Result> largest = footprint.presets().stream()
        .max(Comparator.comparingInt(SchedulerFootprint.Result::accelerators));
    if (largest.isEmpty()) {
      return "_No preset measured._";
    }
    SchedulerFootprint.Result r = largest.get();
    long total = r.fabric() + r.scheduler();
    return String.format(Locale.ROOT, "**%s** in this run on `%s` (%s accelerators): %s MiB for the scheduler, its"
        + " state and %s running jobs, and %s MiB with the fabric it points to, against a target of 256 MB"
        + " (%s MiB).", total < TARGET_BYTES ? "Met" : "Missed", r.preset(), Figures.count(r.accelerators()),
        Figures.mib(r.scheduler()), Figures.count(r.jobs()), Figures.mib(total), Figures.mib(TARGET_BYTES));
  }
}
