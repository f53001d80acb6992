package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama8b;
import static dev.podium.sim.run.Scenarios.outcome;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.topology.fabric.Fabric;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Host failures: detection, lost work, restarts, repairs, and the run's end. */
class FailureTest {

  private static final Fabric SU1 = fabric("dgx-superpod-h100-1su");

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
