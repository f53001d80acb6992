package dev.podium.benchmarks.scenario;

import dev.podium.api.placement.PolicyOptions;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.run.StorageFigures;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Dataset locality against data stalls: one synthetic workload whose jobs read 64 Zipf-popular
 * datasets through host NVMe caches on a SuperPOD with "good" storage, under topology-aware with
 * its locality tie-breaker (w = 0.02) and with {@code locality=0}, for several seeds.
 */
final class LocalityScenario {

  static final String PRESET = "dgx-superpod-h100-2su";
  static final String STORAGE = "dgx-superpod-good";
  static final String WORKLOAD = "synthetic:jobs=2000,maxGpus=64,meanInterarrival=60,datasets=64";
  static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  static final String[] WEIGHTS = {"0", "0.02"};

  private LocalityScenario() {}

  /** Storage figures per seed, then per weight (without locality first). */
  static List<List<RunSummary>> run() throws Exception {
    Fabric fabric = Presets.find(PRESET).build();
    List<List<Callable<RunSummary>>> grid = new ArrayList<>();
    for (long seed : SEEDS) {
      Workload workload = Workloads.load(WORKLOAD, seed);
      List<Callable<RunSummary>> row = new ArrayList<>();
      for (String weight : WEIGHTS) {
        SimulationConfig config = SimulationConfig.of(fabric, workload, "topology-aware", seed)
            .withPlacement("topology-aware", new PolicyOptions(Map.of("locality", weight), seed))
            .withCheckpoints(Double.POSITIVE_INFINITY, 0)
            .withStorage(StorageConfig.preset(STORAGE, fabric));
        row.add(() -> {
          RunSummary summary = Simulation.run(config, null).summary();
          System.err.printf(Locale.ROOT, "  locality seed %d / w %s: %d jobs%n", seed, weight, summary.completed());
          return summary;
        });
      }
      grid.add(row);
    }
    return ParallelRuns.run(grid);
  }

  /** The section of {@code docs/RESULTS.md}. */
  static void markdown(StringBuilder md, List<List<RunSummary>> results) {
    md.append("\n## Dataset locality on ").append(PRESET).append(" with ").append(STORAGE).append(" storage\n\n")
        .append("`").append(WORKLOAD).append("`, no checkpoints, storage `").append(STORAGE).append("`\n")
        .append("(docs/STORAGE.md): every job reads one of 64 datasets of 2 TB once over its run through its\n")
        .append("hosts' NVMe caches, misses from the shared warm tier (30 GB/s). topology-aware with its locality\n")
        .append("tie-breaker (w = 0.02) against `locality=0`. Mean data stall is per job. Caffeine's admission\n")
        .append("draws an unseedable random number and these caches evict, so one seed's figures move between\n")
        .append("regenerations (its data stall by up to a third; docs/STORAGE.md, \"Determinism\"): compare the\n")
        .append("means over the seeds, not one row.\n\n")
        .append("| seed | mean data stall, w = 0 (s) | w = 0.02 (s) | cache hit rate, w = 0 | w = 0.02 |")
        .append(" mean JCT, w = 0 (s) | w = 0.02 (s) |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    double[] sums = new double[6];
    for (int i = 0; i < results.size(); i++) {
      RunSummary off = results.get(i).get(0);
      RunSummary on = results.get(i).get(1);
      double[] row = {stall(off), stall(on), off.storage().cacheHitRate(), on.storage().cacheHitRate(),
          off.avgJctSeconds(), on.avgJctSeconds()};
      for (int k = 0; k < row.length; k++) {
        sums[k] += row[k];
      }
      md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.1f%% | %.1f%% | %,.0f | %,.0f |%n", SEEDS[i],
          row[0], row[1], 100 * row[2], 100 * row[3], row[4], row[5]));
    }
    int n = results.size();
    md.append(String.format(Locale.ROOT, "| mean | %.2f | %.2f | %.1f%% | %.1f%% | %,.0f | %,.0f |%n", sums[0] / n,
        sums[1] / n, 100 * sums[2] / n, 100 * sums[3] / n, sums[4] / n, sums[5] / n));
  }

  private static double stall(RunSummary s) {
    StorageFigures f = s.storage();
    return f.dataStallSeconds() / s.jobs();
  }
}
