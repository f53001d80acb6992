package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole Philly trace (82,247 jobs over 109 days) on a 1,016-GPU SuperPOD with published failure rates. */
@Tag("slow")
class PhillyScaleTest {

  @Test
  void theFullTraceRunsToTheEnd() {
    Workload philly = Workloads.load("philly", 1);
    SimulationConfig config = SimulationConfig.of(fabric("dgx-superpod-h100-8su"), philly, "topology-aware", 1)
        .withFailures(FailureModel.published());

    RunSummary summary = run(config).summary();

    assertThat(summary.jobs()).isEqualTo(82_247);
    assertThat(summary.completed()).isEqualTo(82_247);
    assertThat(summary.interruptions()).isPositive();
    assertThat(summary.utilization()).isBetween(0.1, 0.3);
    assertThat(summary.goodput()).isLessThan(summary.utilization());
    assertThat(summary.ettr()).isBetween(0.99, 1.0);
  }
}
