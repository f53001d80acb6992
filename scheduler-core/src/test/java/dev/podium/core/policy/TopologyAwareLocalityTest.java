package dev.podium.core.policy;

import static dev.podium.core.policy.TestFabrics.META_SMALL;
import static dev.podium.core.policy.TestFabrics.empty;
import static dev.podium.core.policy.TestFabrics.hostsOf;
import static dev.podium.core.policy.TestFabrics.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.LocalityHint;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.cost.PlacementCost;
import dev.podium.core.state.ClusterState;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dataset locality as topology-aware's tie-breaker: it decides ties and near-ties, never a clearly cheaper set. */
class TopologyAwareLocalityTest {

  private static final PlacementPolicy POLICY = Policies.placement("topology-aware", PolicyOptions.defaults());

  /** A Llama 3 8B data-parallel job of {@code gpus} ranks reading dataset {@code dataset} (may be null). */
  private static JobSpec job(int gpus, String dataset) {
    return JobSpec.builder("j" + gpus, Parallelism.dataParallel(gpus))
        .model(ModelPresets.find("llama3-8b").withGlobalBatch(32 * gpus)).dataset(dataset).build();
  }

  /** Locality 1 for any set that touches host {@code host} (8 GPUs per host), else 0. */
  private static LocalityHint cachedOn(int host) {
    return (dataset, accelerators) -> IntStream.of(accelerators).anyMatch(a -> a / 8 == host) ? 1 : 0;
  }

  @Test
  void anExactTieGoesToTheHostThatHoldsTheData() {
    ClusterState state = empty(META_SMALL);
    // hosts 0, 1 and 2 fit an 8-GPU job equally well; without locality the lowest id wins
    assertThat(hostsOf(placed(POLICY.place(job(8, "web"), state)))).containsExactly(0);

    state.useLocality(cachedOn(2));
    assertThat(hostsOf(placed(POLICY.place(job(8, "web"), state)))).containsExactly(2);
  }

  @Test
  void equallyFittingDomainsAreTriedBetterCachedFirst() {
    ClusterState state = empty(META_SMALL);
    // best-fit alone offers hosts 0, 1 and 2 (and first-fit host 0); host 13 holds the data
    state.useLocality(cachedOn(13));
    assertThat(hostsOf(placed(POLICY.place(job(8, "web"), state)))).containsExactly(13);
    // host 5 fits a 4-GPU job best and is tried first, but it costs the same as host 13: the tie
    // goes to the data (locality can trade best-fit packing, never bytes beyond 2%)
    TestFabrics.hold(state, "half", 5 * 8, 5 * 8 + 4);
    assertThat(hostsOf(placed(POLICY.place(job(4, null), state)))).containsExactly(5);
    assertThat(hostsOf(placed(POLICY.place(job(4, "web"), state)))).containsExactly(13);
  }

  @Test
  void localityNeverBuysACandidateThatCrossesAMoreExpensiveTier() {
    ClusterState state = empty(META_SMALL);
    TestFabrics.holdHosts(state, 1);
    // first-fit takes hosts 0 and 2 (two racks); rack 1 (hosts 2, 3) keeps the gang in one rack
    state.useLocality(cachedOn(0));
    int[] hosts = hostsOf(placed(POLICY.place(job(16, "web"), state)));
    assertThat(hosts).containsExactlyInAnyOrder(2, 3);
  }

  @Test
  void theScaledComparisonDecidesOnlyWithinTwoPercent() {
    double w = TopologyAwarePolicy.DEFAULT_LOCALITY_WEIGHT;
    double[] cheaper = {0, 100, 1000};
    double[] within = {0, 100, 1015};   // 1.5% dearer at the top tier
    double[] beyond = {0, 100, 1025};   // 2.5% dearer
    // a fully cached candidate beats an uncached one that is at most w / (1 - w) = 2.04% cheaper ...
    assertThat(PlacementCost.compareLevels(within, 1 - w, cheaper, 1)).isNegative();
    // ... and never one that is cheaper by more
    assertThat(PlacementCost.compareLevels(beyond, 1 - w, cheaper, 1)).isPositive();
    // unscaled, the order is the plain lexicographic one
    assertThat(PlacementCost.compareLevels(within, 1, cheaper, 1))
        .isEqualTo(PlacementCost.compareLevels(within, cheaper));
  }

  @Test
  void noDatasetOrNoWeightMeansTheHintIsNeverAsked() {
    AtomicInteger asked = new AtomicInteger();
    ClusterState state = empty(META_SMALL);
    state.useLocality((dataset, accelerators) -> {
      asked.incrementAndGet();
      return IntStream.of(accelerators).anyMatch(a -> a / 8 == 2) ? 1 : 0;
    });
    assertThat(hostsOf(placed(POLICY.place(job(8, null), state)))).containsExactly(0);
    PlacementPolicy off = Policies.placement("topology-aware", new PolicyOptions(Map.of("locality", "0"), 0));
    assertThat(hostsOf(placed(off.place(job(8, "web"), state)))).containsExactly(0);
    assertThat(asked).hasValue(0);

    assertThat(hostsOf(placed(POLICY.place(job(8, "web"), state)))).containsExactly(2);
    assertThat(asked.get()).isPositive();
  }

  @Test
  void theViewClampsTheHintAndAnswersZeroWithoutOne() {
    ClusterState state = empty(META_SMALL);
    assertThat(state.hasDatasetLocality()).isFalse();
    assertThat(state.datasetLocality("web", new int[] {0})).isZero();
    state.useLocality((dataset, accelerators) -> 7);
    assertThat(state.hasDatasetLocality()).isTrue();
    assertThat(state.datasetLocality("web", new int[] {0})).isEqualTo(1);
    assertThat(state.datasetLocality(null, new int[] {0})).isZero();
    assertThat(state.copy().datasetLocality("web", new int[] {0})).isEqualTo(1);
    state.useLocality(LocalityHint.NONE);
    assertThat(state.datasetLocality("web", new int[] {0})).isZero();
  }

  @Test
  void aBadWeightIsRefusedNamingTheOption() {
    assertThatThrownBy(() -> Policies.placement("topology-aware", new PolicyOptions(Map.of("locality", "0.9"), 0)))
        .hasMessageContaining("locality").hasMessageContaining("[0, 0.5]");
  }
}
