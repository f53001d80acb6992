package dev.podium.core.policy;

import static dev.podium.core.policy.TestFabrics.META_SMALL;
import static dev.podium.core.policy.TestFabrics.empty;
import static dev.podium.core.policy.TestFabrics.hold;
import static dev.podium.core.policy.TestFabrics.holdHosts;
import static dev.podium.core.policy.TestFabrics.hostsOf;
import static dev.podium.core.policy.TestFabrics.job;
import static dev.podium.core.policy.TestFabrics.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.state.ClusterState;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Kueue TAS (BestFit) emulation on a small Meta-like fabric: pods of 8 GPUs, racks of 2 hosts. */
class KueueTasPolicyTest {

  @Test
  void aRequiredLevelThatCannotHoldTheJobIsUnschedulable() {
    PlacementDecision decision = kueue(Map.of("required", "rack")).place(job(32), empty(META_SMALL));

    assertThat(decision).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, u -> {
      assertThat(u.waitCouldHelp()).isTrue();
      assertThat(u.reasons()).singleElement().asString().contains("allows to fit only 2 out of 4 pod(s)");
    });
  }

  @Test
  void aPreferredLevelClimbsUntilOneDomainFits() {
    int[] placement = placed(kueue(Map.of("preferred", "rack")).place(job(32), empty(META_SMALL)));

    assertThat(placement).containsExactly(IntStream.range(0, 32).toArray());
  }

  @Test
  void theRequiredLevelPicksTheBestFitDomain() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, 10);

    int[] placement = placed(kueue(Map.of("required", "rack")).place(job(8), state));

    assertThat(placement).containsExactly(IntStream.range(88, 96).toArray());
  }

  @Test
  void atTheTopTheLastDomainIsTheBestFit() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, IntStream.range(16, 28).toArray());

    int[] placement = placed(kueue(Map.of()).place(job(160), state));

    assertThat(hostsOf(placement)).containsExactly(
        IntStream.concat(IntStream.range(0, 16), IntStream.range(28, 32)).toArray());
  }

  @Test
  void podsOfOneGpuBestFitTheHost() {
    ClusterState state = empty(META_SMALL);
    hold(state, "three", 80, 83);
    hold(state, "four", 160, 164);

    int[] placement = placed(kueue(Map.of("required", "host", "pod-size", "1")).place(job(4), state));

    assertThat(placement).containsExactly(164, 165, 166, 167);
  }

  @Test
  void requiredAndPreferredExcludeEachOther() {
    assertThatThrownBy(() -> kueue(Map.of("required", "rack", "preferred", "pod")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclude");
  }

  private static PlacementPolicy kueue(Map<String, String> options) {
    return Policies.placement("kueue-tas-bestfit", new PolicyOptions(options, 0));
  }
}
