package dev.podium.core.policy;

import static dev.podium.core.policy.TestFabrics.META_SMALL;
import static dev.podium.core.policy.TestFabrics.empty;
import static dev.podium.core.policy.TestFabrics.fabric;
import static dev.podium.core.policy.TestFabrics.hold;
import static dev.podium.core.policy.TestFabrics.holdHosts;
import static dev.podium.core.policy.TestFabrics.job;
import static dev.podium.core.policy.TestFabrics.placed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import dev.podium.core.state.ClusterState;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Volcano hypernode emulation on a small Meta-like fabric: tier 1 racks, tier 2 pods, tier 3 the cluster. */
class VolcanoHypernodePolicyTest {

  @Test
  void neverSearchesAboveTheHighestTierAllowed() {
    ClusterState state = empty(META_SMALL);

    PlacementDecision racksOnly = volcano(Map.of("highest-tier-allowed", "1")).place(job(32), state);
    int[] podWide = placed(volcano(Map.of("highest-tier-allowed", "2")).place(job(32), state));

    assertThat(racksOnly).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, u -> {
      assertThat(u.waitCouldHelp()).isTrue();
      assertThat(u.reasons()).singleElement().asString().contains("tier 1 (rack)");
    });
    TopologyView topology = fabric(META_SMALL);
    int pod = topology.levelIndex("pod");
    assertThat(IntStream.of(podWide).map(a -> topology.domainOf(a, pod)).distinct()).containsExactly(0);
  }

  @Test
  void aGangThatFitsARackStaysInTheFirstFittingRack() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, IntStream.range(0, 15).toArray());

    int[] placement = placed(volcano(Map.of()).place(job(16), state));

    assertThat(placement).containsExactly(IntStream.range(128, 144).toArray());
  }

  @Test
  void binPacksOntoTheMostAllocatedHost() {
    ClusterState state = empty(META_SMALL);
    hold(state, "half", 80, 84);

    int[] placement = placed(volcano(Map.of()).place(job(4), state));

    assertThat(placement).containsExactly(84, 85, 86, 87);
  }

  @Test
  void aPodWithASingleCandidateHostScoresZero() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, 10);

    int[] placement = placed(volcano(Map.of()).place(job(8), state));

    assertThat(placement).containsExactly(IntStream.range(0, 8).toArray());
  }

  private static PlacementPolicy volcano(Map<String, String> options) {
    return Policies.placement("volcano-hypernode", new PolicyOptions(options, 0));
  }
}
