package dev.podium.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a sweep: a point of the grid with the grid's fixed options, everything
 * {@code podium sweep-task} needs to run it.
 *
 * @param index the task's index, 0-based, in expansion order
 * @param fabric the fabric
 * @param workload the workload spec (files absolute)
 * @param policy the placement policy
 * @param seed the run's seed
 * @param queue the queue policy
 * @param queueOptions the queue policy's options
 * @param failures none, published or an absolute failure file path
 * @param checkpointInterval seconds between checkpoints, or never
 * @param skipBadRows whether malformed workload rows are skipped
 */
record SweepTask(int index, FabricRef fabric, String workload, String policy, long seed, String queue,
    Map<String, String> queueOptions, String failures, String checkpointInterval, boolean skipBadRows) {

  /** The scenario this task belongs to: fabric and workload, the runs that merge compares side by side. */
  String scenario() {
    return fabric.label() + " / " + workload.replaceAll(".*/", "");
  }

  /** The results folder name under {@code DIR/results}. */
  String folder() {
    return "task-" + index;
  }

  /** The run options {@code podium simulate} would get for this task (no report, no JSON). */
  RunOptions options() {
    RunOptions options = new RunOptions();
    options.workload = workload;
    options.skipBadRows = skipBadRows;
    options.queue = queue;
    options.queueOptions = new LinkedHashMap<>(queueOptions);
    options.failures = failures;
    options.checkpointInterval = checkpointInterval;
    options.seed = seed;
    return options;
  }
}
