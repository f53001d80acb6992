package dev.podium.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.placement.PlacementDecision;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The decision benchmark's parameters name real policies and requests of the stated sizes. */
class PlacementDecisionBenchmarkTest {

  @Test
  void everyRequestHasItsStatedSize() {
    PlacementDecisionBenchmark.REQUESTS.forEach((gpus, request) ->
        assertThat(JobRequests.parse(request).size()).as(request).isEqualTo(gpus));
  }

  @Test
  void sizeParameterMatchesTheRequests() throws NoSuchFieldException {
    List<Integer> sizes = Arrays.stream(param("gpus").value()).map(Integer::valueOf).toList();

    assertThat(sizes).containsExactlyInAnyOrderElementsOf(PlacementDecisionBenchmark.REQUESTS.keySet());
  }

  @Test
  void policyParameterCoversEveryPlacementPolicy() throws NoSuchFieldException {
    List<String> known = Policies.placementProviders().stream().map(p -> p.name()).toList();

    assertThat(param("policy").value()).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void aFailedDecisionStopsTheTrial() {
    assertThatThrownBy(() -> PlacementDecisionBenchmark.describe(new PlacementDecision.Failed("boom", "p"), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("boom");
  }

  private static Param param(String field) throws NoSuchFieldException {
    return PlacementDecisionBenchmark.class.getField(field).getAnnotation(Param.class);
  }
}
