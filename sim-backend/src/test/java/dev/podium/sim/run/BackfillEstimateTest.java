package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.outcome;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/** The simulator's runtime estimates, which EASY backfill trusts, match how long jobs really run. */
class BackfillEstimateTest {

  private static final Fabric SU1 = fabric("dgx-superpod-h100-1su");

  private static JobSpec job(String id, int size, double submit, Work work) {
    return JobSpec.builder(id, Parallelism.dataParallel(size)).submitSeconds(submit).work(work).build();
  }

  @Test
  void aModelLessStepJobIsNotBackfilledAsIfItTookNoTime() {
    // 248 GPUs; "first" holds 200 until 1000 s; the full-fabric head waits for it; "steps" runs
    // 5,000 steps at one step per second and must not slip in front of the head
    JobSpec first = job("first", 200, 0, Work.seconds(1000));
    JobSpec head = job("head", 248, 1, Work.seconds(100));
    JobSpec steps = job("steps", 16, 2, Work.steps(5000));

    SimulationResult result = run(config(SU1, workload(first, head, steps), "first-fit", 1));

    assertThat(outcome(result, "head").firstStartSeconds()).isEqualTo(1000);
    assertThat(outcome(result, "steps").firstStartSeconds()).isEqualTo(1100);
    assertThat(outcome(result, "steps").jctSeconds()).isEqualTo(1098 + 5000);
  }

  @Test
  void aRestartedJobIsExpectedToPayItsRestartTime() {
    // "low" is preempted at 100 s by "urgent" and restarts at 200 s, making progress only after the
    // 600 s restart: it ends at 200 + 600 + 2,000 = 2,800 s. The full-fabric head arriving at 300 s
    // is reserved for then, so an 8-GPU job ending at 2,700 s backfills in front of it.
    JobSpec low = job("low", 240, 0, Work.seconds(2000));
    JobSpec urgent = JobSpec.builder("urgent", Parallelism.dataParallel(240)).priority(10).submitSeconds(100)
        .work(Work.seconds(100)).build();
    JobSpec head = job("head", 248, 300, Work.seconds(100));
    JobSpec filler = job("filler", 8, 301, Work.seconds(2400));
    SimulationConfig config = config(SU1, workload(low, urgent, head, filler), "first-fit", 1)
        .withQueue("priority", PolicyOptions.defaults())
        .withFailures(new FailureModel(0, 150, 3600, 600, 0, 1));

    SimulationResult result = run(config);

    assertThat(outcome(result, "low").interruptions()).isEqualTo(1);
    assertThat(outcome(result, "low").endSeconds()).isEqualTo(2800);
    assertThat(outcome(result, "filler").firstStartSeconds()).isEqualTo(301);
    assertThat(outcome(result, "head").firstStartSeconds()).isEqualTo(2800);
  }
}
