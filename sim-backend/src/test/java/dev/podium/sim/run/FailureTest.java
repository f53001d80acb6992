package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama8b;
import static dev.podium.sim.run.Scenarios.outcome;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Host failures: detection, lost work, restarts, repairs, and the run's end. */
class FailureTest {

  private static final Fabric SU1 = fabric("dgx-superpod-h100-1su");

  @Test
  void aFailureCostsTheProgressSinceTheCheckpointBeforeItAndTheTimeToDetectIt() {
    // 240 of the 248 GPUs for 100 days at 66.7 failures per 1,000 node-days: ~200 interruptions. A
    // failure lands uniformly within a 30-minute checkpoint interval and is found 10 minutes later:
    // each one loses 15 + 10 minutes on average (the job stops making progress when its host dies).
    JobSpec job = JobSpec.builder("long", Parallelism.dataParallel(240)).work(Work.seconds(100 * 86_400.0)).build();
    FailureModel failures = new FailureModel(66.7, 600, 3600, 0, 0, 1);
    SimulationResult result = run(config(SU1, workload(job), "first-fit", 11).withFailures(failures)
        .withCheckpoints(1800, 0));

    JobOutcome outcome = result.jobs().get(0);
    assertThat(outcome.outcome()).isEqualTo("completed");
    assertThat(outcome.interruptions()).isBetween(150, 260);
    double lostPerInterruption = outcome.lostSeconds() / outcome.interruptions();
    // the standard error of the mean of U(0, 1800 s) over 150+ samples is under 45 s
    assertThat(lostPerInterruption).isCloseTo(900 + 600, within(180.0));
  }

  @Test
  void interruptedJobsLoseAtMostAnIntervalAreReplacedAndComplete() {
    // a busy 2-SU cluster (504 GPUs) under 300 failures per 1,000 node-days, 5% lemons at 5x
    Workload mix = Workloads.load("synthetic:jobs=300,maxGpus=256,meanInterarrival=60", 17);
    FailureModel failures = new FailureModel(300, 150, 3600, 600, 0.05, 5);
    double interval = 1800;
    double write = 30;
    SimulationResult result = run(SimulationConfig.of(fabric("dgx-superpod-h100-2su"), mix, "topology-aware", 5)
        .withFailures(failures).withCheckpoints(interval, write));

    assertThat(result.summary().completed()).isEqualTo(300);
    assertThat(result.jobs()).allSatisfy(job -> assertThat(job.outcome()).isEqualTo("completed"));
    assertThat(result.jobs().stream().mapToInt(JobOutcome::interruptions).sum())
        .isEqualTo(result.summary().interruptions() + result.summary().preemptions())
        .isGreaterThan(5);
    assertThat(result.jobs()).allSatisfy(job -> {
      // wall time from the last checkpoint to the stop: at most a checkpoint cycle plus detection
      assertThat(job.lostSeconds()).isLessThanOrEqualTo(job.interruptions() * (interval + write + 150) + 1e-6);
      // kept progress fits between the first start and the end, at most the checkpoint share of it
      assertThat(job.productiveSeconds())
          .isLessThanOrEqualTo((job.endSeconds() - job.firstStartSeconds()) * interval / (interval + write) + 1e-6);
    });
    assertThat(result.summary().ettr()).isLessThan(interval / (interval + write));
  }

  @Test
  void failuresStopWhenNoWaitingJobCanEverStart() {
    // tenant a may hold 8 GPUs but asks for 16: the queue policy never admits it
    JobSpec blocked = JobSpec.builder("blocked", Parallelism.dataParallel(16)).tenant("a").work(Work.seconds(60))
        .build();
    JobSpec other = llama8b("other", 8, 1, 2, Work.seconds(3600)).withSubmitSeconds(1);
    SimulationConfig config = config(SU1, workload(blocked, other), "first-fit", 3)
        .withQueue("fair-share", new PolicyOptions(Map.of("quotas", "a:8"), 0))
        .withFailures(FailureModel.published());

    SimulationResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(config));

    assertThat(outcome(result, "blocked").outcome()).isEqualTo("unfinished");
    assertThat(outcome(result, "other").outcome()).isEqualTo("completed");
  }
}
