package dev.podium.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.contract.ContractFabrics;
import dev.podium.core.contract.Scenario;
import dev.podium.core.contract.Scenarios;
import dev.podium.core.cost.CostModel;
import dev.podium.core.cost.PlacementCost;
import dev.podium.core.state.ClusterState;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Topology-aware never sends more bytes per step across the top (oversubscribed) tier than
 * first-fit on the same state, and is never worse lexicographically from the top tier down.
 */
class TopologyAwareVersusFirstFitTest {

  @Property(tries = 80, shrinking = ShrinkingMode.BOUNDED)
  void neverMoreTopTierBytesThanFirstFitOnATwoPodClos(@ForAll("twoPodClos") Scenario scenario, @ForAll long seed) {
    compare(scenario, seed);
  }

  @Property(tries = 12, shrinking = ShrinkingMode.BOUNDED)
  void neverMoreTopTierBytesThanFirstFitOnMeta24k(@ForAll("meta24k") Scenario scenario, @ForAll long seed) {
    compare(scenario, seed);
  }

  @Provide
  Arbitrary<Scenario> twoPodClos() {
    return Scenarios.on(List.of(ContractFabrics.CLOS_2POD), Arbitraries.doubles().between(0, 0.5).ofScale(2),
        Arbitraries.just(0), Arbitraries.just(0), modelJobs(128));
  }

  @Provide
  Arbitrary<Scenario> meta24k() {
    return Scenarios.on(List.of("meta-24k-roce"), Arbitraries.doubles().between(0, 0.9).ofScale(2),
        Arbitraries.integers().between(0, 32), Arbitraries.just(0), modelJobs(1024));
  }

  private static Arbitrary<JobSpec> modelJobs(int maxSize) {
    return Scenarios.jobs(maxSize).filter(job -> job.model() != null);
  }

  private static void compare(Scenario scenario, long seed) {
    ClusterState state = scenario.state();
    JobSpec job = scenario.job();
    int[] ours = placed(Policies.placement(TopologyAwarePolicy.NAME, PolicyOptions.defaults().withSeed(seed))
        .place(job, state));
    int[] firstFit = placed(Policies.placement(FirstFitPolicy.NAME, PolicyOptions.defaults()).place(job, state));

    CostModel model = new CostModel(state.topology());
    PlacementCost ourCost = model.evaluate(job.plan(), ours);
    PlacementCost firstFitCost = model.evaluate(job.plan(), firstFit);
    int top = state.topology().levelCount() - 1;
    double[] ourBytes = new double[top + 1];
    model.crossBytes(job.plan(), ours, ourBytes);

    assertThat(ourBytes[top]).as("crossBytes and evaluate agree").isCloseTo(ourCost.bytesAt(top), within(1e-6 * (1 + ourBytes[top])));
    assertThat(ourCost.bytesAt(top)).as("%s: bytes across %s", scenario, state.topology().levels().get(top).name())
        .isLessThanOrEqualTo(firstFitCost.bytesAt(top) * (1 + 1e-9));
    assertThat(ourCost.compareTo(firstFitCost)).as("%s: lexicographic cost from the top tier down", scenario)
        .isLessThanOrEqualTo(0);
  }

  private static int[] placed(PlacementDecision decision) {
    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
    return ((PlacementDecision.Placed) decision).accelerators();
  }
}
