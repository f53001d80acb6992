package dev.podium.benchmarks.report;

import dev.podium.benchmarks.FabricFootprint;
import dev.podium.benchmarks.SchedulerFootprint;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one report measured. A suite that did not run (left out by {@code --only}, or failed)
 * leaves its field null, and the document says so where its numbers would be.
 *
 * @param presets the benchmarked presets' sizes and build failures (always collected; cheap)
 * @param fabricBuild {@code FabricBuildBenchmark} with {@code -prof gc}
 * @param fabricBuildParallelGc {@code FabricBuildBenchmark} on {@code clos-131k} under ParallelGC
 * @param fabricColdBuild single-shot first builds of {@code clos-131k}, one per fresh JVM
 * @param fabricGraph {@code FabricGraphBenchmark}
 * @param fabricFootprint {@code FabricFootprint}
 * @param placementDecision {@code PlacementDecisionBenchmark} with {@code -prof gc}
 * @param decisionOutcomes what each decision benchmark row decided
 * @param simulationEvents {@code SimulationEventBenchmark}
 * @param schedulerFootprint {@code SchedulerFootprint}
 * @param philly {@code PhillyReplay}
 * @param suiteRuns every suite that was attempted, in run order
 */
public record Measurements(List<PresetFacts> presets, List<JmhResult> fabricBuild,
    List<JmhResult> fabricBuildParallelGc, List<JmhResult> fabricColdBuild, List<JmhResult> fabricGraph,
    FabricFootprint.Measurement fabricFootprint, List<JmhResult> placementDecision,
    List<DecisionOutcome> decisionOutcomes, List<JmhResult> simulationEvents,
    SchedulerFootprint.Measurement schedulerFootprint, PhillyMeasurement philly, List<SuiteRun> suiteRuns) {

  /** Collects a report's measurements as its suites complete. */
  static final class Builder {
    List<PresetFacts> presets = List.of();
    List<JmhResult> fabricBuild;
    List<JmhResult> fabricBuildParallelGc;
    List<JmhResult> fabricColdBuild;
    List<JmhResult> fabricGraph;
    FabricFootprint.Measurement fabricFootprint;
    List<JmhResult> placementDecision;
    List<DecisionOutcome> decisionOutcomes;
    List<JmhResult> simulationEvents;
    SchedulerFootprint.Measurement schedulerFootprint;
    PhillyMeasurement philly;
    final List<SuiteRun> suiteRuns = new ArrayList<>();

    Measurements build() {
      return new Measurements(presets, fabricBuild, fabricBuildParallelGc, fabricColdBuild, fabricGraph,
          fabricFootprint, placementDecision, decisionOutcomes, simulationEvents, schedulerFootprint, philly,
          List.copyOf(suiteRuns));
    }
  }
}
