package dev.podium.example.packhosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.contract.ContractFabrics;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What pack-hosts does beyond the contract, on the kit's two-pod CLOS (32 hosts of 8 GPUs). */
class PackHostsPolicyTest {

  private static final Fabric FABRIC = ContractFabrics.get(ContractFabrics.CLOS_2POD);

  @Test
  void aTensorParallelGroupGetsAWholeFreeHostRatherThanTheHolesBeforeIt() {
    ClusterState state = empty();
    state.allocate("six", range(0, 6));
    state.allocate("two", range(8, 10));

    assertThat(placed(policy(), job(new Parallelism(8, 1, 1, 1, 1)), state)).containsExactly(range(16, 24));
  }

  @Test
  void theRemainderGoesToTheSmallestHostThatHoldsIt() {
    ClusterState state = empty();
    int[] keepFree = IntStream.concat(IntStream.concat(IntStream.range(24, 32), IntStream.range(40, 43)),
        IntStream.range(56, 58)).toArray();
    state.allocate("background", IntStream.range(0, FABRIC.acceleratorCount())
        .filter(a -> IntStream.of(keepFree).noneMatch(f -> f == a)).toArray());

    int[] placement = placed(policy(), job(Parallelism.dataParallel(10)), state);

    assertThat(placement).containsExactly(24, 25, 26, 27, 28, 29, 30, 31, 56, 57);
  }

  @Test
  void ranksFollowLocalityOrderSoEachTensorGroupSharesAHost() {
    ClusterState state = empty();
    state.allocate("odd", IntStream.range(0, 64).filter(a -> a % 2 == 1).toArray());

    int[] placement = placed(policy(), job(new Parallelism(8, 1, 2, 2, 1)), state);

    assertThat(placement).isSorted();
    for (int rank = 0; rank < placement.length; rank += 8) {
      int host = FABRIC.domainOf(placement[rank], 1);
      for (int r = rank; r < rank + 8; r++) {
        assertThat(FABRIC.domainOf(placement[r], 1)).isEqualTo(host);
      }
    }
  }

  @Test
  void maxHostsRefusesAWiderGangWithAReason() {
    PackHostsPolicy capped = (PackHostsPolicy) new PackHostsProvider()
        .create(new PolicyOptions(Map.of(PackHostsProvider.MAX_HOSTS, "1"), 0));

    PlacementDecision wide = capped.place(job(Parallelism.dataParallel(16)), empty());

    assertThat(wide).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class, refusal -> {
      assertThat(refusal.reasons()).singleElement().asString().contains("2 hosts", "max-hosts is 1");
      assertThat(refusal.waitCouldHelp()).isTrue();
    });
    assertThat(placed(capped, job(Parallelism.dataParallel(8)), empty())).containsExactly(range(0, 8));
  }

  @Test
  void maxHostsMustBeAPositiveInteger() {
    PackHostsProvider provider = new PackHostsProvider();
    assertThatThrownBy(() -> provider.create(new PolicyOptions(Map.of("max-hosts", "0"), 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-hosts must be >= 1");
    assertThatThrownBy(() -> provider.create(new PolicyOptions(Map.of("max-hosts", "two"), 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-hosts");
  }

  private static PackHostsPolicy policy() {
    return (PackHostsPolicy) new PackHostsProvider().create(PolicyOptions.defaults());
  }

  private static ClusterState empty() {
    return new ClusterState(FABRIC, FABRIC.accelerator().name());
  }

  private static JobSpec job(Parallelism parallelism) {
    return JobSpec.builder("j", parallelism).build();
  }

  private static int[] placed(PackHostsPolicy policy, JobSpec job, ClusterState state) {
    PlacementDecision decision = policy.place(job, state);
    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
    return ((PlacementDecision.Placed) decision).accelerators();
  }

  private static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }
}
