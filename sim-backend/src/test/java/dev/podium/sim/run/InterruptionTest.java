package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama70b;
import static dev.podium.sim.run.Scenarios.outcome;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/** A stopped job rolls back to its last checkpoint: exactly the progress it made since then is lost. */
class InterruptionTest {

  private static final Fabric META = fabric("meta-24k-roce");

  @Test
  void aPreemptedJobLosesExactlyItsProgressSinceTheCheckpointThoughItsRateChanged() {
    // "victim" (4,096 GPUs, randomly placed) runs alone from 0 s and checkpoints at 1,000 s. From
    // 1,500 s "neighbour" (2,048 GPUs), also randomly placed, shares the 1:7 pod uplinks and slows it.
    // At 1,800 s a 22,528-GPU job preempts it for 5,000 s; the neighbour (higher priority) stays and
    // finishes, leaving too few GPUs for the victim.
    // At 6,800 s the victim restarts on the empty fabric at the same placement and rate, from the
    // 1,000 s checkpoint: it ends 1,000 s of alone progress short of 6,800 s + its alone JCT.
    JobSpec victim = llama70b("victim", 8, 4, 128, Work.steps(200));
    JobSpec small = llama70b("neighbour", 8, 4, 64, Work.steps(40));
    JobSpec neighbour = JobSpec.builder("neighbour", small.parallelism()).model(small.model()).priority(20)
        .submitSeconds(1500).work(small.work()).build();
    JobSpec preemptor = JobSpec.builder("preemptor", Parallelism.dataParallel(22_528)).priority(10)
        .submitSeconds(1800).work(Work.seconds(5000)).build();
    SimulationConfig alone = config(META, workload(victim), "random", 1).withCheckpoints(1000, 0);
    SimulationConfig together = config(META, workload(victim, neighbour, preemptor), "random", 1)
        .withCheckpoints(1000, 0).withQueue("priority", PolicyOptions.defaults());
    SimulationConfig noPreemptor = config(META, workload(victim, neighbour), "random", 1)
        .withCheckpoints(1000, 0).withQueue("priority", PolicyOptions.defaults());

    double aloneJct = run(alone).jobs().get(0).jctSeconds();
    SimulationResult result = run(together);

    // the neighbour does slow the victim down: without the preemptor it ends later than alone
    assertThat(outcome(run(noPreemptor), "victim").jctSeconds()).isGreaterThan(aloneJct + 10);
    JobOutcome outcome = outcome(result, "victim");
    assertThat(outcome.interruptions()).isEqualTo(1);
    assertThat(outcome(result, "neighbour").endSeconds()).isLessThan(6800);
    assertThat(outcome.lostSeconds()).isCloseTo(800, within(1e-9));
    assertThat(outcome.endSeconds()).isCloseTo(6800 + aloneJct - 1000, within(1e-6));
    assertThat(outcome.productiveSeconds()).isCloseTo(aloneJct, within(1e-6));
  }

  @Test
  void aJobPreemptedInTheCycleThatStartedItNeverRuns() {
    // fifo: at 10 s "started" (140 GPUs) starts first, then the higher-priority "urgent" (60 GPUs)
    // finds 8 free and preempts the largest lower-priority job, which is the one just started
    JobSpec running = JobSpec.builder("running", Parallelism.dataParallel(100)).work(Work.seconds(1000)).build();
    JobSpec started = JobSpec.builder("started", Parallelism.dataParallel(140)).submitSeconds(10)
        .work(Work.seconds(300)).build();
    JobSpec urgent = JobSpec.builder("urgent", Parallelism.dataParallel(60)).priority(5).submitSeconds(10)
        .work(Work.seconds(500)).build();

    SimulationResult result = run(config(fabric("dgx-superpod-h100-1su"), workload(running, started, urgent),
        "first-fit", 1));

    assertThat(outcome(result, "urgent").firstStartSeconds()).isEqualTo(10);
    assertThat(outcome(result, "started").firstStartSeconds()).isEqualTo(510);
    assertThat(outcome(result, "started").endSeconds()).isEqualTo(810);
    assertThat(outcome(result, "started").interruptions()).isZero();
    assertThat(result.summary().preemptions()).isZero();
    assertThat(result.utilizationSeries()).allSatisfy(point -> assertThat(point[1]).isBetween(0.0, 248.0));
  }
}
