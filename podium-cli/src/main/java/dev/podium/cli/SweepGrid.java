package dev.podium.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario grid: every fabric × workload × placement policy × seed, run with the same fixed
 * options. Read from YAML or JSON by {@link GridReader}; file paths in it are absolute.
 *
 * @param name the sweep's name (job names, report headings)
 * @param fabrics the fabrics, in file order
 * @param workloads the workload specs, in file order
 * @param policies the placement policies, in file order
 * @param seeds the seeds, in file order
 * @param queue the queue policy of every run
 * @param queueOptions its options
 * @param failures none, published or a failure file
 * @param checkpointInterval seconds between checkpoints, or never
 * @param skipBadRows whether malformed workload rows are skipped
 */
record SweepGrid(String name, List<FabricRef> fabrics, List<String> workloads, List<String> policies,
    List<Long> seeds, String queue, Map<String, String> queueOptions, String failures, String checkpointInterval,
    boolean skipBadRows) {

  /** Copies the lists. */
  SweepGrid {
    fabrics = List.copyOf(fabrics);
    workloads = List.copyOf(workloads);
    policies = List.copyOf(policies);
    seeds = List.copyOf(seeds);
    queueOptions = Map.copyOf(queueOptions);
  }

  /**
   * The tasks, numbered in this order: fabrics outermost, then workloads, then policies, then seeds
   * innermost, so a scenario's runs are contiguous and a policy's seeds are neighbours.
   */
  List<SweepTask> expand() {
    Map<String, String> options = new java.util.TreeMap<>(queueOptions);
    List<SweepTask> tasks = new ArrayList<>();
    for (FabricRef fabric : fabrics) {
      for (String workload : workloads) {
        for (String policy : policies) {
          for (long seed : seeds) {
            tasks.add(new SweepTask(tasks.size(), fabric, workload, policy, seed, queue, options, failures,
                checkpointInterval, skipBadRows));
          }
        }
      }
    }
    return tasks;
  }
}
