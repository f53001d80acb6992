package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/** Placement matters: on a synthetic LLM mix, topology-aware placement finishes jobs sooner. */
class PolicyComparisonTest {

  private static final Fabric META = fabric("meta-24k-roce");

  @Test
  void topologyAwareBeatsFirstFitAndRandomOnMeanJct() {
    // 400 jobs with the RSC size skew (1 to 4,096 GPUs), models and parallelism from ModelMapping,
    // arriving every 2 minutes on average. Run times are durations at the ideal placement; a worse
    // placement stretches them (e.g. first-fit behind a 1-GPU job splits TP groups across hosts).
    Workload mix = Workloads.load("synthetic:jobs=400,meanInterarrival=120", 1);

    RunSummary aware = run(SimulationConfig.of(META, mix, "topology-aware", 1)).summary();
    RunSummary firstFit = run(SimulationConfig.of(META, mix, "first-fit", 1)).summary();
    RunSummary random = run(SimulationConfig.of(META, mix, "random", 1)).summary();

    assertThat(aware.completed()).isEqualTo(400);
    assertThat(firstFit.completed()).isEqualTo(400);
    assertThat(random.completed()).isEqualTo(400);
    assertThat(aware.avgJctSeconds()).isLessThan(0.85 * firstFit.avgJctSeconds());
    assertThat(aware.avgJctSeconds()).isLessThan(0.85 * random.avgJctSeconds());
    assertThat(aware.p99JctSeconds()).isLessThan(firstFit.p99JctSeconds());
    // topology-aware keeps traffic low in the tree: fewer bytes leave the hosts
    assertThat(scaleOutBytes(aware)).isLessThan(scaleOutBytes(firstFit) / 2);
    assertThat(scaleOutBytes(aware)).isLessThan(scaleOutBytes(random) / 2);
  }

  private static double scaleOutBytes(RunSummary summary) {
    return summary.crossBytes().get("rack") + summary.crossBytes().get("pod") + summary.crossBytes().get("cluster");
  }
}
