package dev.podium.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Properties every emulation must keep on random occupancies, failures and job sizes of small fabrics. */
class EmulationPropertiesTest {

  /** A policy and its options. */
  record Config(String policy, Map<String, String> options) {
    @Override
    public String toString() {
      return policy + options;
    }
  }

  @Property(tries = 150)
  void placementsAreValidRepeatableAndExplained(
      @ForAll("configs") Config config,
      @ForAll("fabrics") String fabric,
      @ForAll @DoubleRange(min = 0.0, max = 0.9) double occupancy,
      @ForAll("gangs") int gang,
      @ForAll @IntRange(min = 0, max = 12) int failures,
      @ForAll long seed) {
    ClusterState state = TestFabrics.empty(fabric);
    BackgroundLoad.fill(state, occupancy, seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < failures; i++) {
      state.fail(random.nextInt(state.topology().acceleratorCount()));
    }
    int freeBefore = state.freeCount();
    JobSpec job = TestFabrics.job(gang);

    PlacementDecision first = policy(config, seed).place(job, state);
    PlacementDecision again = policy(config, seed).place(job, state);

    assertThat(again).isEqualTo(first);
    assertThat(state.freeCount()).isEqualTo(freeBefore);
    assertThat(state.indexConsistent()).isTrue();
    if (first instanceof PlacementDecision.Placed placed) {
      assertThat(PolicyGuard.check(job, placed, state)).isNull();
    } else {
      assertThat(first).isInstanceOfSatisfying(PlacementDecision.Unschedulable.class,
          u -> assertThat(u.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank()));
    }
  }

  @Property(tries = 40)
  void anEmptyFabricPlacesSmallGangsWithDefaultOptions(
      @ForAll("defaultConfigs") Config config, @ForAll("fabrics") String fabric, @ForAll @IntRange(min = 1, max = 128) int gang) {
    PlacementDecision decision = policy(config, 0).place(TestFabrics.job(gang), TestFabrics.empty(fabric));

    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
  }

  @Test
  void theCatalogListsTheEmulations() {
    assertThat(Policies.placementProviders()).extracting(p -> p.name())
        .contains("slurm-tree", "slurm-block", "kueue-tas-bestfit", "volcano-hypernode");
  }

  @Provide
  Arbitrary<Config> configs() {
    return Arbitraries.of(List.of(
        new Config("slurm-tree", Map.of()),
        new Config("slurm-tree", Map.of("switches", "2")),
        new Config("slurm-block", Map.of()),
        new Config("slurm-block", Map.of("block-sizes", "1,4,16")),
        new Config("slurm-block", Map.of("block-level", "host", "block-sizes", "1,8")),
        new Config("kueue-tas-bestfit", Map.of()),
        new Config("kueue-tas-bestfit", Map.of("required", "host")),
        new Config("kueue-tas-bestfit", Map.of("preferred", "host", "pod-size", "1")),
        new Config("kueue-tas-bestfit", Map.of("pod-size", "4")),
        new Config("volcano-hypernode", Map.of()),
        new Config("volcano-hypernode", Map.of("highest-tier-allowed", "1")),
        new Config("volcano-hypernode", Map.of("pod-size", "2"))));
  }

  @Provide
  Arbitrary<Config> defaultConfigs() {
    return Arbitraries.of("slurm-tree", "slurm-block", "kueue-tas-bestfit", "volcano-hypernode")
        .map(name -> new Config(name, Map.of()));
  }

  @Provide
  Arbitrary<String> fabrics() {
    return Arbitraries.of("dgx-superpod-h100-1su", "dgx-superpod-h100-2su", "tpu-v4-pod", TestFabrics.META_SMALL);
  }

  @Provide
  Arbitrary<Integer> gangs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 16)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(8, 16, 32, 64, 128, 256)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(17, 512)));
  }

  private static PlacementPolicy policy(Config config, long seed) {
    return Policies.placement(config.policy(), new PolicyOptions(config.options(), seed));
  }
}
