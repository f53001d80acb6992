package dev.podium.cli;

import dev.podium.api.placement.PolicyOptions;
import dev.podium.sim.run.FailureModel;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.workload.ReadOptions;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.storage.spec.StorageSpecs;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options {@code simulate} and {@code compare} share: workload, queue, failures, checkpoints, seed, output. */
final class RunOptions {

  @Option(names = "--workload", paramLabel = "SPEC",
      description = "philly, pollux-1..pollux-8, tiresias, synthetic:KEY=VAL,... or a .csv/.json/.jsonl file"
          + " (docs/WORKLOADS.md); required by simulate, compare's default is " + CompareCommand.DEFAULT_WORKLOAD
          + ".")
  String workload;

  @Option(names = "--skip-bad-rows",
      description = "Skip malformed workload rows, counting them in the output, instead of stopping at the first.")
  boolean skipBadRows;

  @Option(names = "--queue", defaultValue = "fifo", paramLabel = "NAME",
      description = "Queue policy (see 'podium policies'; default ${DEFAULT-VALUE}).")
  String queue;

  @Option(names = "--queue-option", paramLabel = "KEY=VALUE",
      description = "An option of the queue policy; repeatable.")
  Map<String, String> queueOptions = new LinkedHashMap<>();

  @Option(names = "--failures", defaultValue = "none", paramLabel = "none|published|FILE",
      description = "Host failures: none (default), published (Llama 3 rate, docs/REPORTS.md) or a JSON file"
          + " with the failure model's fields.")
  String failures;

  @Option(names = "--checkpoint-interval", defaultValue = "3600", paramLabel = "DURATION",
      description = "Time between checkpoints of every job: 600s, 10m, 1h (a bare number is seconds), or 'never'"
          + " (default ${DEFAULT-VALUE} s).")
  String checkpointInterval;

  @Option(names = "--storage", paramLabel = "PRESET|FILE",
      description = "Storage tiers that data loading and checkpoints go through: a preset (meta-tectonic,"
          + " dgx-superpod-good, dgx-superpod-better, dgx-superpod-best) or a storage spec file (docs/STORAGE.md)."
          + " Without it, data loading is free and checkpoints cost nothing (docs/SIMULATOR.md).")
  String storage;

  @Option(names = "--checkpoint-mode", paramLabel = "blocking|async",
      description = "With --storage: checkpoints written blocking to the warm tier (default), or staged to host NVMe"
          + " and drained asynchronously.")
  String checkpointMode;

  @Option(names = "--stage-datasets",
      description = "With --storage: each job prefetches its dataset onto its hosts' NVMe before it starts.")
  boolean stageDatasets;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Seed for the workload's model mapping, the policies and the failures (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write the report files and report.html into DIR (docs/REPORTS.md); simulate writes none by"
          + " default, compare writes " + CompareCommand.DEFAULT_REPORT + ".")
  Path report;

  @Option(names = "--json", description = "Print JSON instead of tables.")
  boolean json;

  /**
   * Loads {@code --workload}, or {@code fallback} when it was not given; skipped rows are reported on
   * {@code err}, never dropped silently.
   */
  Workload loadWorkload(PrintWriter err, String command, String fallback) {
    ReadOptions options = skipBadRows ? ReadOptions.defaults().skippingBadRows() : ReadOptions.defaults();
    Workload loaded = Workloads.load(workload == null ? fallback : workload, seed, options);
    if (loaded.skipped().count() > 0) {
      err.printf("podium %s: skipped %d malformed row%s of %s%n", command, loaded.skipped().count(),
          loaded.skipped().count() == 1 ? "" : "s", loaded.name());
      loaded.skipped().examples().forEach(example -> err.println("  " + example));
      err.flush();
    }
    return loaded;
  }

  /** The config of one run of {@code placement} with {@code placementOptions}. */
  SimulationConfig config(Fabric fabric, Workload jobs, String placement, Map<String, String> placementOptions)
      throws IOException {
    SimulationConfig defaults = SimulationConfig.of(fabric, jobs, placement, seed);
    return new SimulationConfig(fabric, jobs, placement, new PolicyOptions(placementOptions, seed), queue,
        new PolicyOptions(queueOptions, seed), failureModel(), checkpointSeconds(), defaults.checkpointWriteSeconds(),
        defaults.computeEfficiency(), defaults.dpOverlap(), seed, storageConfig(fabric));
  }

  /** {@code --storage} with its mode and staging, or null without it; errors name the option and the input. */
  StorageConfig storageConfig(Fabric fabric) {
    if (storage == null) {
      if (checkpointMode != null || stageDatasets) {
        throw new IllegalArgumentException((checkpointMode != null ? "--checkpoint-mode" : "--stage-datasets")
            + " needs --storage PRESET|FILE");
      }
      return null;
    }
    CheckpointMode mode = checkpointMode == null ? CheckpointMode.BLOCKING : switch (checkpointMode) {
      case "blocking" -> CheckpointMode.BLOCKING;
      case "async" -> CheckpointMode.ASYNC;
      default -> throw new IllegalArgumentException("--checkpoint-mode: '" + checkpointMode
          + "' is not one of blocking, async");
    };
    StorageConfig config;
    if (StoragePresets.names().contains(storage)) {
      config = StorageConfig.preset(storage, fabric);
    } else if (Files.isRegularFile(Path.of(storage))) {
      config = StorageConfig.of(storage, StorageSpecs.read(Path.of(storage)));
      if (config.system().hosts() != fabric.hostCount()) {
        throw new IllegalArgumentException("--storage " + storage + ": hosts: the spec has "
            + config.system().hosts() + " hosts, fabric " + fabric.name() + " has " + fabric.hostCount());
      }
    } else {
      throw new IllegalArgumentException("--storage: '" + storage + "' is neither a storage preset ("
          + String.join(", ", StoragePresets.names()) + ") nor a file");
    }
    return config.withCheckpointMode(mode).withStaging(stageDatasets);
  }

  private FailureModel failureModel() throws IOException {
    return switch (failures) {
      case "none" -> null;
      case "published" -> FailureModel.published();
      default -> FailureFile.read(Path.of(failures));
    };
  }

  private double checkpointSeconds() {
    if (checkpointInterval.equals("never")) {
      return Double.POSITIVE_INFINITY;
    }
    return Units.durationSeconds("--checkpoint-interval", checkpointInterval);
  }
}
