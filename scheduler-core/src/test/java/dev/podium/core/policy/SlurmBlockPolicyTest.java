package dev.podium.core.policy;

import static dev.podium.core.policy.TestFabrics.empty;
import static dev.podium.core.policy.TestFabrics.fabric;
import static dev.podium.core.policy.TestFabrics.hold;
import static dev.podium.core.policy.TestFabrics.job;
import static dev.podium.core.policy.TestFabrics.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import dev.podium.core.state.ClusterState;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Slurm topology/block emulation on a TPU v4 pod: base blocks are 4x4x4 cubes of 16 hosts of 4 chips. */
class SlurmBlockPolicyTest {

  private static final String TPU = "tpu-v4-pod";
  private static final PlacementPolicy BLOCK = Policies.placement("slurm-block", PolicyOptions.defaults());

  @Test
  void waitsRatherThanSpreadingWhenNoAlignedBlockFits() {
    ClusterState state = empty(TPU);
    for (int cube = 1; cube < 64; cube += 2) {
      hold(state, "one-host-of-cube-" + cube, cube * 64, cube * 64 + 4);
    }

    PlacementDecision decision = BLOCK.place(job(128), state);

    assertThat(decision).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, u -> {
      assertThat(u.waitCouldHelp()).isTrue();
      assertThat(u.reasons()).singleElement().asString().contains("ESLURM_TOPO_NO_FIT");
    });
    assertThat(Policies.placement("slurm-tree", PolicyOptions.defaults()).place(job(128), state))
        .isInstanceOf(PlacementDecision.Placed.class);
  }

  @Test
  void aJobOfTwoBaseBlocksTakesAnAlignedPair() {
    ClusterState state = empty(TPU);
    for (int cube = 0; cube < 64; cube++) {
      if (cube != 6 && cube != 7) {
        hold(state, "one-host-of-cube-" + cube, cube * 64, cube * 64 + 4);
      }
    }

    int[] placement = placed(BLOCK.place(job(128), state));

    assertThat(cubesOf(placement)).containsExactly(6, 7);
  }

  @Test
  void withGappedBlockSizesTheFullestBaseBlocksOfTheAggregateAreTaken() {
    ClusterState state = empty(TPU);
    for (int cube = 0; cube < 64; cube++) {
      if (cube != 1 && cube != 3) {
        hold(state, "one-host-of-cube-" + cube, cube * 64, cube * 64 + 4);
      }
    }
    PlacementPolicy gapped = Policies.placement("slurm-block", new PolicyOptions(Map.of("block-sizes", "1,4"), 0));

    int[] placement = placed(gapped.place(job(128), state));

    assertThat(cubesOf(placement)).containsExactly(1, 3);
  }

  @Test
  void amongFittingBlocksTheFewestUsableNodesWin() {
    ClusterState state = empty(TPU);
    hold(state, "cube-5", 5 * 64, 5 * 64 + 12);
    hold(state, "cube-9", 9 * 64, 9 * 64 + 4);

    int[] placement = placed(BLOCK.place(job(48), state));

    assertThat(cubesOf(placement)).containsExactly(5);
  }

  @Test
  void tiesGoToTheLaterBlock() {
    int[] placement = placed(BLOCK.place(job(64), empty(TPU)));

    assertThat(placement).containsExactly(IntStream.range(63 * 64, 64 * 64).toArray());
  }

  @Test
  void anUnknownBlockLevelIsUnschedulableForGood() {
    PlacementPolicy racks = Policies.placement("slurm-block", new PolicyOptions(Map.of("block-level", "rack"), 0));

    PlacementDecision decision = racks.place(job(8), empty(TPU));

    assertThat(decision).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, u -> {
      assertThat(u.waitCouldHelp()).isFalse();
      assertThat(u.reasons()).singleElement().asString().contains("'rack'");
    });
  }

  @Test
  void blockSizesMustBePowersOfTwoFromOne() {
    for (String sizes : new String[] {"2,4", "1,3", "1,x", "0"}) {
      assertThatThrownBy(() -> Policies.placement("slurm-block", new PolicyOptions(Map.of("block-sizes", sizes), 0)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block-sizes");
    }
  }

  private static int[] cubesOf(int[] placement) {
    TopologyView tpu = fabric(TPU);
    int cube = tpu.levelIndex("cube");
    return IntStream.of(placement).map(a -> tpu.domainOf(a, cube)).distinct().toArray();
  }
}
