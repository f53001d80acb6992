package dev.podium.sim.run;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.storage.spec.StorageSpec;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.storage.tier.StorageSystem;
import dev.podium.topology.fabric.Fabric;
import java.util.List;
import java.util.Objects;

/**
 * Storage in a run: the tiers, the datasets jobs read, how they checkpoint, and whether they stage
 * their data before starting ({@code docs/SIMULATOR.md}, "Storage").
 *
 * @param source what the system was built from (a preset name or a spec file), for reports
 * @param system the hosts' NVMe and links and the shared warm and cold tiers; one host per fabric host
 * @param datasets datasets declared by the spec; a job's dataset not among them has the shape of
 *     {@code defaultDataset} under its own name
 * @param defaultDataset shard size and count of datasets the spec does not declare
 * @param checkpointMode blocking writes to the warm tier, or asynchronous staging to NVMe and drain
 * @param stageDatasets true: a job prefetches its dataset onto its hosts before it starts
 * @param epochs passes over its dataset a job makes over its whole work, > 0
 */
public record StorageConfig(
    String source,
    StorageSystem system,
    List<Dataset> datasets,
    Dataset defaultDataset,
    CheckpointMode checkpointMode,
    boolean stageDatasets,
    double epochs) {

  /** The shape of an undeclared dataset: 2 TB in 1,000 shards of 2 GB. */
  public static final Dataset DEFAULT_DATASET = new Dataset("default", 2_000_000_000L, 1000);

  /** Checks every field. */
  public StorageConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(system, "system");
    datasets = List.copyOf(datasets);
    Objects.requireNonNull(defaultDataset, "defaultDataset");
    Objects.requireNonNull(checkpointMode, "checkpointMode");
    if (!(epochs > 0) || Double.isInfinite(epochs)) {
      throw new IllegalArgumentException("storage: epochs must be finite and > 0, was " + epochs);
    }
  }

  /** Preset {@code name} sized for {@code fabric}: no declared datasets, blocking checkpoints, no staging, 1 epoch. */
  public static StorageConfig preset(String name, Fabric fabric) {
    return new StorageConfig(name, StoragePresets.build(name, fabric), List.of(), DEFAULT_DATASET,
        CheckpointMode.BLOCKING, false, 1);
  }

  /** The system and datasets of a spec read from {@code source}, blocking checkpoints, no staging, one epoch. */
  public static StorageConfig of(String source, StorageSpec spec) {
    return new StorageConfig(source, spec.system(), spec.datasets(), DEFAULT_DATASET, CheckpointMode.BLOCKING, false,
        1);
  }

  /** This config with checkpoints written in {@code mode}. */
  public StorageConfig withCheckpointMode(CheckpointMode mode) {
    return new StorageConfig(source, system, datasets, defaultDataset, mode, stageDatasets, epochs);
  }

  /** This config with staging on or off. */
  public StorageConfig withStaging(boolean stage) {
    return new StorageConfig(source, system, datasets, defaultDataset, checkpointMode, stage, epochs);
  }

  /** This config with {@code passes} epochs per job. */
  public StorageConfig withEpochs(double passes) {
    return new StorageConfig(source, system, datasets, defaultDataset, checkpointMode, stageDatasets, passes);
  }

  /** This config with another shape for undeclared datasets. */
  public StorageConfig withDefaultDataset(Dataset shape) {
    return new StorageConfig(source, system, datasets, shape, checkpointMode, stageDatasets, epochs);
  }
}
