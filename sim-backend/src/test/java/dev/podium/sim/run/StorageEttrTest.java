package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama70b;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import dev.podium.storage.checkpoint.CheckpointCost;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.storage.checkpoint.CheckpointModel;
import dev.podium.storage.checkpoint.CheckpointPlan;
import dev.podium.storage.checkpoint.Ettr;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint-heavy job in the simulator: Llama 3 70B (1.13 TB of training state) on 30 hosts of a
 * 2-SU SuperPOD with "good" storage (15 GB/s aggregate write), checkpointing every 10 minutes while
 * hosts fail at 160 per 1,000 node-days (an MTTF of 5 h for the job). Blocking checkpoints stop it
 * for 75 s each and ETTR falls; staging them to NVMe (1.2 s) and draining in the background brings
 * ETTR back to the level of free checkpoints. Each simulated ETTR is checked against the RSC model
 * {@link Ettr#expected(CheckpointCost, double, double, double)} fed with the storage model's cost.
 */
class StorageEttrTest {

  private static final Fabric SU2 = fabric("dgx-superpod-h100-2su");
  private static final double RATE = 160;
  private static final double RESTART = 600;
  private static final double INTERVAL = 600;
  private static final FailureModel FAILURES = new FailureModel(RATE, 0, 3600, RESTART, 0, 1);
  private static final JobSpec JOB = llama70b("big", 8, 1, 30, Work.seconds(1000 * 3600.0));

  private static SimulationResult simulate(CheckpointMode mode) {
    SimulationConfig config = Scenarios.config(SU2, workload(JOB), "topology-aware", 11).withFailures(FAILURES)
        .withCheckpoints(INTERVAL, 0);
    if (mode != null) {
      config = config.withStorage(StorageConfig.preset("dgx-superpod-good", SU2).withCheckpointMode(mode));
    }
    SimulationResult result = run(config);
    assertThat(result.jobs().get(0).outcome()).isEqualTo("completed");
    return result;
  }

  private static double expected(CheckpointMode mode) {
    StorageConfig storage = StorageConfig.preset("dgx-superpod-good", SU2);
    CheckpointCost cost = new CheckpointModel(storage.system()).cost(CheckpointPlan.of(JOB), 30, mode);
    return Ettr.expected(cost, RATE, RESTART, INTERVAL);
  }

  @Test
  void blockingCheckpointsLowerEttrAndAsynchronousStagingRecoversIt() {
    double free = simulate(null).summary().ettr();
    SimulationResult blockingRun = simulate(CheckpointMode.BLOCKING);
    SimulationResult asyncRun = simulate(CheckpointMode.ASYNC);
    double blocking = blockingRun.summary().ettr();
    double async = asyncRun.summary().ettr();

    assertThat(blockingRun.summary().interruptions()).isGreaterThan(100);
    assertThat(blocking).isLessThan(free - 0.05);
    assertThat(async).isGreaterThan(blocking + 0.05);
    assertThat(async).isCloseTo(free, within(0.01));
    // the simulated process against the first-order RSC formula with the storage model's costs
    assertThat(blocking).isCloseTo(expected(CheckpointMode.BLOCKING), within(0.02));
    assertThat(async).isCloseTo(expected(CheckpointMode.ASYNC), within(0.02));
    // restores after failures read the checkpoint back; async restarts find most parts on local NVMe
    StorageFigures b = blockingRun.jobs().get(0).storage();
    StorageFigures a = asyncRun.jobs().get(0).storage();
    assertThat(b.restoreSeconds()).isPositive();
    assertThat(a.restoreSeconds()).isPositive().isLessThan(b.restoreSeconds());
    assertThat(a.hotReadBytes()).isPositive();
    assertThat(b.checkpointSeconds()).isGreaterThan(40 * a.checkpointSeconds());
  }
}
