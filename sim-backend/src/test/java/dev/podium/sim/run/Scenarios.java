package dev.podium.sim.run;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.sim.workload.Provenance;
import dev.podium.sim.workload.SkippedRows;
import dev.podium.sim.workload.Workload;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fabrics, jobs and run configurations shared by the simulation tests. */
final class Scenarios {

  private static final Map<String, Fabric> FABRICS = new HashMap<>();

  private Scenarios() {}

  /** The preset fabric {@code name}, built once per test JVM (fabrics are immutable). */
  static synchronized Fabric fabric(String name) {
    return FABRICS.computeIfAbsent(name, n -> Presets.find(n).build());
  }

  /** A workload of the given jobs. */
  static Workload workload(JobSpec... jobs) {
    return workload(List.of(jobs));
  }

  /** A workload of the given jobs. */
  static Workload workload(List<JobSpec> jobs) {
    return new Workload("test", jobs, Provenance.of("test", Map.of()), SkippedRows.none());
  }

  /** Llama 3 70B (Llama 3 paper Table 3) with the given parallelism; the global batch is 32 sequences per DP rank. */
  static JobSpec llama70b(String id, int tp, int pp, int dp, Work work) {
    ModelSpec model = ModelPresets.find("llama3-70b").withGlobalBatch(32 * dp);
    return JobSpec.builder(id, new Parallelism(tp, 1, pp, dp, 1)).model(model).work(work).build();
  }

  /** Llama 3 8B with the given parallelism; the global batch is 32 sequences per DP rank. */
  static JobSpec llama8b(String id, int tp, int pp, int dp, Work work) {
    ModelSpec model = ModelPresets.find("llama3-8b").withGlobalBatch(32 * dp);
    return JobSpec.builder(id, new Parallelism(tp, 1, pp, dp, 1)).model(model).work(work).build();
  }

  /** A run with the defaults of {@link SimulationConfig#of}: fifo, backfill, no failures, hourly async checkpoints. */
  static SimulationConfig config(Fabric fabric, Workload workload, String policy, long seed) {
    return SimulationConfig.of(fabric, workload, policy, seed);
  }

  /** The same run with another seed for failures and policies. */
  static SimulationConfig withSeed(SimulationConfig c, long seed) {
    return new SimulationConfig(c.fabric(), c.workload(), c.placementPolicy(),
        c.placementOptions().withSeed(seed), c.queuePolicy(), c.queueOptions(), c.failures(), c.checkpointSeconds(),
        c.checkpointWriteSeconds(), c.computeEfficiency(), c.dpOverlap(), seed);
  }

  /** Runs {@code config} without progress reports. */
  static SimulationResult run(SimulationConfig config) {
    return Simulation.run(config, null);
  }

  /** The outcome of job {@code id}. */
  static JobOutcome outcome(SimulationResult result, String id) {
    return result.jobs().stream().filter(j -> j.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + id));
  }
}
