package dev.podium.sim.report;

import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.run.StorageFigures;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The CSV files of a report: one row per job, the utilization steps, one row per compared policy. */
final class RunTables {

  /** Columns of {@code jobs.csv} before the per-level bytes. */
  static final List<String> JOB_COLUMNS = List.of("id", "tenant", "accelerators", "submitSeconds",
      "firstStartSeconds", "endSeconds", "outcome", "reason", "jctSeconds", "queueingSeconds", "interruptions",
      "lostSeconds", "productiveSeconds");

  /** Columns of {@code comparison.csv} before the per-level bytes. */
  static final List<String> COMPARISON_COLUMNS = List.of("placement", "jobs", "completed", "rejected",
      "avgJctSeconds", "p50JctSeconds", "p90JctSeconds", "p99JctSeconds", "avgQueueingSeconds", "makespanSeconds",
      "utilization", "goodput", "ettr", "fragmentation", "preemptions", "interruptions", "events");

  /** Storage columns, after the per-level bytes, of runs with storage. */
  static final List<String> STORAGE_COLUMNS = List.of("dataStallSeconds", "checkpointSeconds", "cacheHitRate",
      "stagingSeconds", "restoreSeconds", "cacheEvictions", "hotReadBytes", "hotWrittenBytes", "warmReadBytes",
      "warmWrittenBytes", "coldReadBytes", "coldWrittenBytes");

  private RunTables() {}

  /** {@code jobs.csv}: one row per job in submit order, then {@code crossBytes.LEVEL} per level above the accelerator. */
  static String jobs(SimulationResult result) {
    Fabric fabric = result.config().fabric();
    List<String> header = new ArrayList<>(JOB_COLUMNS);
    for (int level = 1; level < fabric.levelCount(); level++) {
      header.add("crossBytes." + fabric.levels().get(level).name());
    }
    boolean storage = result.config().storage() != null;
    if (storage) {
      header.addAll(STORAGE_COLUMNS);
    }
    Csv csv = new Csv().row(header);
    for (JobOutcome job : result.jobs()) {
      List<String> row = new ArrayList<>(header.size());
      row.add(job.id());
      row.add(job.tenant());
      row.add(Integer.toString(job.accelerators()));
      row.add(Numbers.text(job.submitSeconds()));
      row.add(Numbers.text(job.firstStartSeconds()));
      row.add(Numbers.text(job.endSeconds()));
      row.add(job.outcome());
      row.add(job.reason());
      row.add(Numbers.text(job.jctSeconds()));
      row.add(Numbers.text(job.queueingSeconds()));
      row.add(Integer.toString(job.interruptions()));
      row.add(Numbers.text(job.lostSeconds()));
      row.add(Numbers.text(job.productiveSeconds()));
      for (int level = 1; level < fabric.levelCount(); level++) {
        row.add(Numbers.text(level < job.crossBytes().length ? job.crossBytes()[level] : 0));
      }
      if (storage) {
        storageCells(row, job.storage());
      }
      csv.row(row);
    }
    return csv.text();
  }

  /**
   * {@code utilization.csv}: the busy accelerators after each instant at which the count changed
   * (simultaneous changes folded into one row, rows that change nothing left out).
   */
  static String utilization(SimulationResult result) {
    int accelerators = result.config().fabric().acceleratorCount();
    Csv csv = new Csv().row(List.of("timeSeconds", "busyAccelerators", "utilization"));
    List<double[]> series = result.utilizationSeries();
    double lastBusy = Double.NaN;
    for (int i = 0; i < series.size(); i++) {
      double[] point = series.get(i);
      if (i + 1 < series.size() && series.get(i + 1)[0] == point[0]) {
        continue;
      }
      if (point[1] == lastBusy) {
        continue;
      }
      lastBusy = point[1];
      csv.row(List.of(Numbers.text(point[0]), Long.toString(Math.round(point[1])),
          Numbers.text(accelerators == 0 ? 0 : point[1] / accelerators)));
    }
    return csv.text();
  }

  /** The {@link #STORAGE_COLUMNS} of {@code f}; empty cells when it is null (a run without storage). */
  private static void storageCells(List<String> row, StorageFigures f) {
    if (f == null) {
      STORAGE_COLUMNS.forEach(c -> row.add(""));
      return;
    }
    for (double value : new double[] {f.dataStallSeconds(), f.checkpointSeconds(), f.cacheHitRate(),
        f.stagingSeconds(), f.restoreSeconds(), f.cacheEvictions(), f.hotReadBytes(), f.hotWrittenBytes(),
        f.warmReadBytes(), f.warmWrittenBytes(), f.coldReadBytes(), f.coldWrittenBytes()}) {
      row.add(Numbers.text(value));
    }
  }

  /** {@code comparison.csv}: one row per result, in the order given. */
  static String comparison(List<SimulationResult> results) {
    List<String> levels = new ArrayList<>(results.get(0).summary().crossBytes().keySet());
    List<String> header = new ArrayList<>(COMPARISON_COLUMNS);
    levels.forEach(level -> header.add("crossBytes." + level));
    boolean storage = results.get(0).summary().storage() != null;
    if (storage) {
      header.addAll(STORAGE_COLUMNS);
    }
    Csv csv = new Csv().row(header);
    for (SimulationResult result : results) {
      RunSummary s = result.summary();
      if (!s.crossBytes().keySet().equals(Set.copyOf(levels))) {
        throw new IllegalArgumentException("comparison: runs on fabrics with different levels (" + levels + " vs "
            + s.crossBytes().keySet() + ")");
      }
      List<String> row = new ArrayList<>(List.of(result.config().placementPolicy(), Integer.toString(s.jobs()),
          Integer.toString(s.completed()), Integer.toString(s.rejected()), Numbers.text(s.avgJctSeconds()),
          Numbers.text(s.p50JctSeconds()), Numbers.text(s.p90JctSeconds()), Numbers.text(s.p99JctSeconds()),
          Numbers.text(s.avgQueueingSeconds()), Numbers.text(s.makespanSeconds()), Numbers.text(s.utilization()),
          Numbers.text(s.goodput()), Numbers.text(s.ettr()), Numbers.text(s.fragmentation()),
          Integer.toString(s.preemptions()), Integer.toString(s.interruptions()), Long.toString(s.events())));
      levels.forEach(level -> row.add(Numbers.text(s.crossBytes().get(level))));
      if (storage) {
        storageCells(row, s.storage());
      }
      csv.row(row);
    }
    return csv.text();
  }
}
