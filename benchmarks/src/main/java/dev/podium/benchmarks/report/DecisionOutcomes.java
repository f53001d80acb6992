package dev.podium.benchmarks.report;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.benchmarks.PlacementDecisionBenchmark;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Param;

/**
 * Makes each placement decision {@link PlacementDecisionBenchmark} times once, with the benchmark's
 * own parameters, occupancy, seed and requests, to say what each row decided.
 */
final class DecisionOutcomes {

  private DecisionOutcomes() {}

  /** Every fabric x policy x gang size of the benchmark's {@code @Param}s, fabric by fabric. */
  static List<DecisionOutcome> collect() {
    List<DecisionOutcome> outcomes = new ArrayList<>();
    for (String preset : param("fabric")) {
      Fabric fabric = Presets.find(preset).build();
      ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
      BackgroundLoad.fill(state, PlacementDecisionBenchmark.OCCUPANCY, PlacementDecisionBenchmark.SEED);
      for (String policy : param("policy")) {
        var placement = Policies.placement(policy, PolicyOptions.defaults().withSeed(PlacementDecisionBenchmark.SEED));
        for (String gpus : param("gpus")) {
          JobSpec job = JobRequests.parse(PlacementDecisionBenchmark.REQUESTS.get(Integer.parseInt(gpus)));
          outcomes.add(outcome(preset, policy, Integer.parseInt(gpus), state.freeCount(), placement.place(job, state)));
        }
      }
    }
    return outcomes;
  }

  private static DecisionOutcome outcome(String fabric, String policy, int gpus, int free, PlacementDecision decision) {
    if (decision instanceof PlacementDecision.Placed) {
      return new DecisionOutcome(fabric, policy, gpus, free, true, "");
    }
    if (decision instanceof PlacementDecision.Unschedulable blocked) {
      return new DecisionOutcome(fabric, policy, gpus, free, false, String.join("; ", blocked.reasons()));
    }
    throw new IllegalStateException(policy + " failed for " + gpus + " GPUs on " + fabric + ": " + decision);
  }

  private static List<String> param(String field) {
    try {
      return Arrays.asList(PlacementDecisionBenchmark.class.getField(field).getAnnotation(Param.class).value());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("PlacementDecisionBenchmark has no @Param field " + field, e);
    }
  }
}
