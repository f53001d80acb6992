package dev.podium.sim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.StorageConfig;
import dev.podium.sim.run.StorageFigures;
import dev.podium.sim.workload.Provenance;
import dev.podium.sim.workload.SkippedRows;
import dev.podium.sim.workload.Workload;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * VT-14 (docs/VALIDATION.md) in the simulator: Llama 3 405B on 16,384 GPUs (2,048 hosts) of
 * meta-24k-roce writes its 6.48 TB of training state (16 B/param) every 10 minutes to Meta's
 * Tectonic (2 TB/s sustained). Blocking, training stops ~3.2 s per checkpoint (size / min(fabric,
 * sustained)); staged to the hosts' NVMe it stops 0.1 s and drains in the background. The model
 * layer's figures are {@code Vt14CheckpointBurstTest} in storage-tiers; here they must come out of
 * a simulated run, as the stall per checkpoint the job actually lost.
 */
class Vt14CheckpointBurstSimulationTest {

  private static final Fabric META = Presets.find("meta-24k-roce").build();
  private static final double INTERVAL = 600;

  private static JobOutcome run(CheckpointMode mode) {
    JobSpec job = JobSpec.builder("llama3-405b", new Parallelism(8, 1, 16, 128, 1))
        .model(ModelPresets.find("llama3-405b")).work(Work.seconds(3 * INTERVAL)).build();
    Workload workload = new Workload("vt14", List.of(job), Provenance.of("VT-14", Map.of()), SkippedRows.none());
    SimulationConfig config = SimulationConfig.of(META, workload, "topology-aware", 1).withCheckpoints(INTERVAL, 0)
        .withStorage(StorageConfig.preset("meta-tectonic", META).withCheckpointMode(mode));
    return Simulation.run(config, null).jobs().get(0);
  }

  /** A run of T s with a checkpoint every Δt of training loses T·w/(Δt + w) to them: w from the figures. */
  private static double stallPerCheckpoint(JobOutcome job) {
    double wall = job.endSeconds() - job.firstStartSeconds();
    double lost = job.storage().checkpointSeconds();
    return lost * INTERVAL / (wall - lost);
  }

  @Test
  void blockingCheckpointsOf405bOnTectonicStallAbout3Seconds() {
    JobOutcome blocking = run(CheckpointMode.BLOCKING);
    JobOutcome async = run(CheckpointMode.ASYNC);
    double w = stallPerCheckpoint(blocking);
    double wAsync = stallPerCheckpoint(async);
    StorageFigures f = blocking.storage();
    System.out.printf(Locale.ROOT, "VT-14 simulated: blocking %.3f s per checkpoint (~3.2 s), async %.3f s,"
        + " %.2f TB per checkpoint%n", w, wAsync, f.warmWrittenBytes() / 3 / 1e12);
    assertThat(w).isCloseTo(3.2, within(3.2 * 0.03));
    assertThat(f.warmWrittenBytes() / 3).isCloseTo(6.48e12, within(6.48e12 * 0.01));
    assertThat(wAsync).isCloseTo(0.099, within(0.01));
    assertThat(async.storage().hotWrittenBytes()).isEqualTo(f.warmWrittenBytes());
  }
}
