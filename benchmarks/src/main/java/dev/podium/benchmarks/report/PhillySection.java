package dev.podium.benchmarks.report;

import dev.podium.benchmarks.PhillyReplay;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The full Philly replay and its target: under 30 s on 2 cores and under 2 GB of heap. */
final class PhillySection {

  /** Target wall seconds of one replay. */
  static final double TARGET_SECONDS = 30;
  /** Target heap in bytes (2 GB). */
  static final double TARGET_HEAP_BYTES = 2e9;

  private PhillySection() {}

  static Map<String, String> render(Report report) {
    PhillyMeasurement philly = report.measurements().philly();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("philly-replay.command", Sections.command(report, Suite.PHILLY_REPLAY));
    String absent = Sections.notMeasured(report, Suite.PHILLY_REPLAY);
    values.put("philly-replay.setup", philly == null ? absent : setup(philly.replay()));
    values.put("philly-replay.table", philly == null ? "" : table(philly.replay()));
    values.put("philly-replay.process", philly == null ? "" : process(philly));
    values.put("philly-replay.target", philly == null ? absent : target(philly.replay()));
    return values;
  }

  private static String setup(PhillyReplay.Replay replay) {
    PhillyReplay.Setup s = replay.setup();
    return String.format(Locale.ROOT, "The `%s` trace (%s jobs, read in %s s) ran on `%s` (%s GPUs, built in %s s)"
        + " with `%s`, fifo with backfill and the contention model, on %d processors with the collectors %s and a"
        + " %.0f MiB maximum heap: %d replay%s in one JVM, run 1 cold.", s.workload(), Figures.count(s.jobs()),
        Figures.seconds(s.loadSeconds()), s.preset(), Figures.count(s.accelerators()), Figures.seconds(s.buildSeconds()),
        s.policy(), s.processors(), s.collectors(), s.maxHeapBytes() / Figures.MIB, replay.runs().size(),
        replay.runs().size() == 1 ? "" : "s");
  }

  private static String table(PhillyReplay.Replay replay) {
    MarkdownTable table = new MarkdownTable().right("run").right("wall s").right("events").right("events/s")
        .right("completed").right("max heap after GC MiB").right("peak heap MiB");
    for (PhillyReplay.Run run : replay.runs()) {
      table.row(run.run() == 1 ? "1 (cold)" : Integer.toString(run.run()), Figures.seconds(run.wallSeconds()),
          Figures.count(run.events()), Figures.number(run.eventsPerSecond()),
          Figures.count(run.completed()) + " of " + Figures.count(run.jobs()), Figures.mib(run.maxHeapAfterGcBytes()),
          Figures.mib(run.peakHeapBytes()));
    }
    double wall = replay.medianWallSeconds();
    long events = replay.runs().get(0).events();
    table.row("**median**", "**" + Figures.seconds(wall) + "**", Figures.count(events), Figures.number(events / wall),
        "", Figures.mib(replay.medianMaxHeapAfterGcBytes()), Figures.mib(replay.medianPeakHeapBytes()));
    return table.render();
  }

  private static String process(PhillyMeasurement philly) {
    return String.format(Locale.ROOT, "The whole child JVM (start, trace, fabric, %d replay%s) took %s s of wall time"
        + " and %s s of CPU (%s of one core on average), with a maximum resident set of %s MiB.",
        philly.replay().runs().size(), philly.replay().runs().size() == 1 ? "" : "s",
        Figures.seconds(philly.processSeconds()), Figures.seconds(philly.usage().cpuSeconds()),
        Figures.percent(philly.usage().cpuSeconds() / philly.processSeconds()),
        philly.usage().peakRssBytes() == 0 ? Figures.NONE : Figures.mib(philly.usage().peakRssBytes()));
  }

  private static String target(PhillyReplay.Replay replay) {
    double slowest = replay.runs().stream().mapToDouble(PhillyReplay.Run::wallSeconds).max().orElseThrow();
    long liveHeap = replay.runs().stream().mapToLong(PhillyReplay.Run::maxHeapAfterGcBytes).max().orElseThrow();
    long peakHeap = replay.runs().stream().mapToLong(PhillyReplay.Run::peakHeapBytes).max().orElseThrow();
    boolean met = slowest < TARGET_SECONDS && peakHeap < TARGET_HEAP_BYTES;
    int processors = replay.setup().processors();
    return String.format(Locale.ROOT, "**%s** in this run: %s s median and %s s cold, on %d processors%s, with a"
        + " %.0f MiB maximum heap. The live heap peaked at %s MiB and total heap use, garbage included, at %s MiB.",
        met ? "Met" : "Missed", Figures.seconds(replay.medianWallSeconds()),
        Figures.seconds(replay.runs().get(0).wallSeconds()), processors,
        processors == 2 ? "" : " (the target names 2 cores)", replay.setup().maxHeapBytes() / Figures.MIB,
        Figures.mib(liveHeap), Figures.mib(peakHeap));
  }
}
