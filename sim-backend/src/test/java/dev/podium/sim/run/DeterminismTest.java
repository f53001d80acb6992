package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.withSeed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.sim.workload.Workloads;
import dev.podium.topology.generate.Presets;
import org.junit.jupiter.api.Test;

/** Same inputs, same result; another seed, another run. */
class DeterminismTest {

  private static final String MIX = "synthetic:jobs=300,maxGpus=256,meanInterarrival=60";

  private static SimulationConfig config(long seed, boolean freshFabric) {
    var fabric = freshFabric ? Presets.find("dgx-superpod-h100-2su").build() : fabric("dgx-superpod-h100-2su");
    // a high failure rate so that a long run sees many failures
    FailureModel failures = new FailureModel(300, 150, 3600, 600, 0.05, 5);
    return SimulationConfig.of(fabric, Workloads.load(MIX, 17), "topology-aware", seed).withFailures(failures)
        .withCheckpoints(1800, 30);
  }

  @Test
  void theSameConfigGivesTheSameResult() {
    SimulationConfig config = config(5, false);
    SimulationResult first = run(config);
    SimulationResult second = run(config);
    SimulationResult rebuilt = run(config(5, true));

    assertThat(first.summary().interruptions()).isGreaterThan(5);
    for (SimulationResult other : new SimulationResult[] {second, rebuilt}) {
      assertThat(other.summary()).isEqualTo(first.summary());
      assertThat(other.jobs()).isEqualTo(first.jobs());
      assertThat(other.utilizationSeries()).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(first.utilizationSeries());
    }
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    SimulationConfig config = config(5, false);
    SimulationResult first = run(config);
    SimulationResult reseeded = run(withSeed(config, 6));
    assertThat(reseeded.summary()).isNotEqualTo(first.summary());
    assertThat(reseeded.jobs()).isNotEqualTo(first.jobs());
  }
}
