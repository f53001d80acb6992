package dev.podium.sim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.sim.flow.AiZones;
import dev.podium.sim.run.FailureModel;
import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.workload.Provenance;
import dev.podium.sim.workload.SkippedRows;
import dev.podium.sim.workload.Workload;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * VT-8 (docs/VALIDATION.md): MTTF versus job size under the series-system model of RSC-REL: a job
 * on {@code N} nodes fails at {@code N * r_f}, so MTTF = {@code 1 / (N * r_f)}; with RSC-1's r_f =
 * 6.50 per 1,000 node-days and 8 GPUs per node that is 1.8 h at 16,384 GPUs and 0.23 h at 131,072.
 *
 * <p>Reproduced twice: from {@link FailureModel}'s per-host rate, and by Monte Carlo, running
 * {@link Simulation} with {@code new FailureModel(6.50, 0, 3600, 0, 0, 1)} (detection immediate,
 * repair 1 h, no restart cost, no lemons) on a fabric exactly the job's size, one job holding every
 * GPU with thousands of hours of work and minute checkpoints. The mean time between interruptions is
 * the job's running time (kept plus lost work) over its interruptions; with {@code n} exponential
 * samples its standard error is {@code 1/sqrt(n)} of the mean, and the tolerance is three of them.
 *
 * <p>Known gap, reported rather than hidden: RSC-REL measured 7.9 h for 1,024-GPU jobs, where the
 * series model (and so this simulator, run here with the whole-host model) gives 28.8 h. Small and
 * medium jobs also fail for reasons that are not node failures (software, network, storage,
 * user errors); the whole-host model has no such mode ({@link FailureModel#published()}'s software
 * and switch components add two, storage and user errors remain outside).
 */
class Vt8MttfTest {

  private static final FailureModel RSC1 = new FailureModel(6.50, 0, 3600, 0, 0, 1);
  private static final int GPUS_PER_NODE = 8;

  @Test
  void seriesModelArithmeticGivesThePublishedProjections() {
    assertThat(modelHours(16_384)).isCloseTo(1.8, within(0.05));
    assertThat(modelHours(131_072)).isCloseTo(0.23, within(0.005));
    assertThat(modelHours(1_024)).isCloseTo(28.8, within(0.05));
    // The gap: measured 7.9 h at 1,024 GPUs is 3.7 times shorter than the model.
    assertThat(modelHours(1_024) / 7.9).isGreaterThan(3.5);
  }

  /** Monte Carlo at 1,024 GPUs, where the measured MTTF shows the gap (fast; about 2,000 failures). */
  @Test
  void monteCarloAtOneThousandGpusMatchesTheModelNotTheMeasurement() {
    Fabric fabric = AiZones.zone(64, 1.0);
    double hours = simulatedHours(fabric, 2_000, 1);
    assertThat(hours).isCloseTo(modelHours(1_024), within(tolerance(2_000) * modelHours(1_024)));
    assertThat(hours).as("the simulator inherits the series model's gap to the measured 7.9 h").isGreaterThan(3 * 7.9);
  }

  /** About 10,000 failures over four seeded runs: tolerance 3%. */
  @Test
  @Tag("slow")
  void monteCarloAtSixteenThousandGpus() {
    double hours = simulatedHours(Presets.find("dgx-superpod-h100-64su").build(), 2_500, 4);
    assertThat(hours).isCloseTo(modelHours(16_384), within(tolerance(10_000) * modelHours(16_384)));
    assertThat(hours).isCloseTo(1.8, within(0.1));
  }

  /** About 5,000 failures over two seeded runs: tolerance 4.2%. */
  @Test
  @Tag("slow")
  void monteCarloAtOneHundredThirtyOneThousandGpus() {
    double hours = simulatedHours(Presets.find("clos-131k").build(), 2_500, 2);
    assertThat(hours).isCloseTo(modelHours(131_072), within(tolerance(5_000) * modelHours(131_072)));
    assertThat(hours).isCloseTo(0.23, within(0.01));
  }

  /** MTTF in hours of a job on {@code gpus} GPUs from the failure model's per-host rate. */
  private static double modelHours(int gpus) {
    return 1 / (gpus / GPUS_PER_NODE * RSC1.perHostPerSecond()) / 3600;
  }

  /** Three standard errors, relative, of the mean of {@code n} exponential samples. */
  private static double tolerance(int n) {
    return 3 / Math.sqrt(n);
  }

  /**
   * Runs, with seeds {@code 1 .. runs}, one job holding every GPU of {@code fabric} for about {@code
   * failures} model MTTFs of work, and returns the pooled running hours over the pooled
   * interruptions.
   */
  private static double simulatedHours(Fabric fabric, int failures, int runs) {
    int gpus = fabric.acceleratorCount();
    double work = failures * modelHours(gpus) * 3600;
    JobSpec job = JobSpec.builder("whole-fabric", Parallelism.dataParallel(gpus)).work(Work.seconds(work)).build();
    Workload workload = new Workload("vt8-" + gpus, List.of(job), Provenance.of("VT-8", Map.of()), SkippedRows.none());
    double running = 0;
    long interruptions = 0;
    for (int seed = 1; seed <= runs; seed++) {
      SimulationConfig config = SimulationConfig.of(fabric, workload, "first-fit", seed)
          .withFailures(RSC1)
          .withCheckpoints(60, 0);
      JobOutcome outcome = Simulation.run(config, null).jobs().get(0);
      assertThat(outcome.outcome()).isEqualTo("completed");
      assertThat(outcome.interruptions()).isGreaterThan(failures / 2);
      running += outcome.productiveSeconds() + outcome.lostSeconds();
      interruptions += outcome.interruptions();
    }
    double hours = running / interruptions / 3600;
    System.out.printf("VT-8 %s %,d GPUs: %d interruptions over %.0f running hours in %d runs, MTBI %.4f h"
        + " (model %.4f h)%n", fabric.name(), gpus, interruptions, running / 3600, runs, hours, modelHours(gpus));
    return hours;
  }
}
