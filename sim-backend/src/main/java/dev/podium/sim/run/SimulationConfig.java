package dev.podium.sim.run;

import dev.podium.api.placement.PolicyOptions;
import dev.podium.sim.workload.Workload;
import dev.podium.topology.fabric.Fabric;
import java.util.Objects;

/**
 * Everything a run depends on. Same config, same result, byte for byte.
 *
 * @param fabric the cluster
 * @param workload the jobs
 * @param placementPolicy placement policy name
 * @param placementOptions its options (the seed is the run's seed)
 * @param queuePolicy queue policy name
 * @param queueOptions its options
 * @param failures host failures, or null for none
 * @param checkpointSeconds checkpoint interval of every job ({@code +Infinity}: never)
 * @param checkpointWriteSeconds time a blocking checkpoint stops training (0: asynchronous)
 * @param computeEfficiency fraction of peak FLOP/s that compute reaches (kernel efficiency, not
 *     fitted to any validation target)
 * @param dpOverlap fraction of backward compute that can hide data-parallel gradient traffic
 * @param seed seed for failures and policies
 * @param storage storage tiers, datasets and checkpoint mode, or null for none: then checkpoints
 *     cost {@code checkpointWriteSeconds} and data loading is free, as before storage existed
 */
public record SimulationConfig(
    Fabric fabric,
    Workload workload,
    String placementPolicy,
    PolicyOptions placementOptions,
    String queuePolicy,
    PolicyOptions queueOptions,
    FailureModel failures,
    double checkpointSeconds,
    double checkpointWriteSeconds,
    double computeEfficiency,
    double dpOverlap,
    long seed,
    StorageConfig storage) {

  /** Checks the ranges. */
  public SimulationConfig {
    Objects.requireNonNull(fabric, "fabric");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(placementPolicy, "placementPolicy");
    Objects.requireNonNull(queuePolicy, "queuePolicy");
    placementOptions = placementOptions == null ? PolicyOptions.defaults() : placementOptions;
    queueOptions = queueOptions == null ? PolicyOptions.defaults() : queueOptions;
    if (!(checkpointSeconds > 0) || !(checkpointWriteSeconds >= 0) || Double.isInfinite(checkpointWriteSeconds)) {
      throw new IllegalArgumentException("checkpoint interval must be > 0 and write time finite and >= 0");
    }
    if (!(computeEfficiency > 0 && computeEfficiency <= 1)) {
      throw new IllegalArgumentException("computeEfficiency must be in (0, 1], was " + computeEfficiency);
    }
    if (!(dpOverlap >= 0 && dpOverlap <= 1)) {
      throw new IllegalArgumentException("dpOverlap must be in [0, 1], was " + dpOverlap);
    }
    if (storage != null && storage.system().hosts() != fabric.hostCount()) {
      throw new IllegalArgumentException("storage " + storage.source() + " has " + storage.system().hosts()
          + " hosts; fabric " + fabric.name() + " has " + fabric.hostCount());
    }
  }

  /** A run without storage. */
  public SimulationConfig(Fabric fabric, Workload workload, String placementPolicy, PolicyOptions placementOptions,
      String queuePolicy, PolicyOptions queueOptions, FailureModel failures, double checkpointSeconds,
      double checkpointWriteSeconds, double computeEfficiency, double dpOverlap, long seed) {
    this(fabric, workload, placementPolicy, placementOptions, queuePolicy, queueOptions, failures, checkpointSeconds,
        checkpointWriteSeconds, computeEfficiency, dpOverlap, seed, null);
  }

  /** A run with defaults: fifo with backfill, no failures, hourly asynchronous checkpoints. */
  public static SimulationConfig of(Fabric fabric, Workload workload, String placementPolicy, long seed) {
    return new SimulationConfig(fabric, workload, placementPolicy, PolicyOptions.defaults().withSeed(seed), "fifo",
        PolicyOptions.defaults(), null, 3600, 0, 0.55, 1.0, seed);
  }

  public SimulationConfig withFailures(FailureModel model) {
    return new SimulationConfig(fabric, workload, placementPolicy, placementOptions, queuePolicy, queueOptions, model,
        checkpointSeconds, checkpointWriteSeconds, computeEfficiency, dpOverlap, seed, storage);
  }

  public SimulationConfig withQueue(String name, PolicyOptions options) {
    return new SimulationConfig(fabric, workload, placementPolicy, placementOptions, name, options, failures,
        checkpointSeconds, checkpointWriteSeconds, computeEfficiency, dpOverlap, seed, storage);
  }

  public SimulationConfig withCheckpoints(double intervalSeconds, double writeSeconds) {
    return new SimulationConfig(fabric, workload, placementPolicy, placementOptions, queuePolicy, queueOptions,
        failures, intervalSeconds, writeSeconds, computeEfficiency, dpOverlap, seed, storage);
  }

  /** This run with {@code value} as its storage (null: none). */
  public SimulationConfig withStorage(StorageConfig value) {
    return new SimulationConfig(fabric, workload, placementPolicy, placementOptions, queuePolicy, queueOptions,
        failures, checkpointSeconds, checkpointWriteSeconds, computeEfficiency, dpOverlap, seed, value);
  }

  /** This run with another placement policy and its options. */
  public SimulationConfig withPlacement(String name, PolicyOptions options) {
    return new SimulationConfig(fabric, workload, name, options, queuePolicy, queueOptions, failures,
        checkpointSeconds, checkpointWriteSeconds, computeEfficiency, dpOverlap, seed, storage);
  }
}
