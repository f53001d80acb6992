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
import dev.podium.core.job.JobRequests;
import dev.podium.core.state.ClusterState;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slurm topology/tree emulation on a small Meta-like fabric (racks of 2 hosts, pods of 8 racks). */
class SlurmTreePolicyTest {

  private static final PlacementPolicy TREE = Policies.placement("slurm-tree", PolicyOptions.defaults());

  @Test
  void aOneNodeJobGoesToTheBestFitLeaf() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, 10);

    int[] placement = placed(TREE.place(job(8), state));

    assertThat(placement).containsExactly(IntStream.range(88, 96).toArray());
  }

  @Test
  void aPartlyBusyNodeIsUsableWhenItHasTheGpusPerNode() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, 11);
    hold(state, "half", 80, 84);

    int[] placement = placed(TREE.place(job(4), state));

    assertThat(placement).containsExactly(84, 85, 86, 87);
  }

  @Test
  void aMultiLeafJobStaysInTheTightestFittingPod() {
    ClusterState state = empty(META_SMALL);
    int[] free = {18, 19, 24, 25, 26, 27};
    holdPodOneExcept(state, free);

    int[] placement = placed(TREE.place(job(48), state));

    assertThat(hostsOf(placement)).containsExactly(free);
  }

  @Test
  void aFartherLeafThatFitsTheRemainderBeatsACloserOneThatDoesNot() {
    ClusterState state = empty(META_SMALL);
    holdPodOneExcept(state, 17, 18, 19, 24, 25, 31);

    int[] placement = placed(TREE.place(job(48), state));

    assertThat(hostsOf(placement)).containsExactly(0, 1, 18, 19, 24, 25);
  }

  @Test
  void furtherLeavesAreTheClosestSiblingsInNodeOrder() {
    ClusterState state = empty(META_SMALL);
    holdHosts(state, 2, 3);

    int[] placement = placed(TREE.place(job(64), state));

    assertThat(hostsOf(placement)).containsExactly(0, 1, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void ranksFollowTheBlockDistributionOverNodes() {
    ClusterState state = empty(META_SMALL);

    int[] placement = placed(TREE.place(JobRequests.parse("id=j,tp=2,dp=6"), state));

    assertThat(placement).containsExactly(0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13);
  }

  @Test
  void theSwitchesLimitKeepsAWiderJobWaiting() {
    ClusterState state = empty(META_SMALL);
    PlacementPolicy oneSwitch = Policies.placement("slurm-tree", new PolicyOptions(Map.of("switches", "1"), 0));
    PlacementPolicy twoSwitches = Policies.placement("slurm-tree", new PolicyOptions(Map.of("switches", "2"), 0));

    PlacementDecision waiting = oneSwitch.place(job(32), state);

    assertThat(waiting).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, u -> {
      assertThat(u.waitCouldHelp()).isTrue();
      assertThat(u.reasons()).singleElement().asString().contains("switches=1");
    });
    assertThat(hostsOf(placed(twoSwitches.place(job(32), state)))).containsExactly(0, 1, 2, 3);
  }

  @Test
  void tooFewUsableNodesIsUnschedulable() {
    ClusterState state = empty(META_SMALL);
    for (int host = 0; host < 64; host++) {
      hold(state, "quarter-" + host, host * 8, host * 8 + 2);
    }

    PlacementDecision decision = TREE.place(job(16), state);

    assertThat(decision).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class,
        u -> assertThat(u.reasons()).singleElement().asString().contains("needs 2 nodes with 8 free"));
  }

  @Test
  void rejectsANonPositiveSwitchCount() {
    assertThatThrownBy(() -> Policies.placement("slurm-tree", new PolicyOptions(Map.of("switches", "0"), 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("switches");
  }

  private static void holdPodOneExcept(ClusterState state, int... free) {
    for (int host = 16; host < 32; host++) {
      int h = host;
      if (IntStream.of(free).noneMatch(f -> f == h)) {
        holdHosts(state, host);
      }
    }
  }
}
