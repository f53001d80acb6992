package dev.podium.benchmarks.scenario;

import dev.podium.sim.run.FailureModel;

/**
 * One fabric and one workload, run under every policy of the suite.
 *
 * @param title heading in the results
 * @param preset fabric preset
 * @param workload workload spec as {@code podium simulate --workload} takes it
 * @param failures failure model, or null for none
 * @param seed seed of the workload and the run
 */
record Scenario(String title, String preset, String workload, FailureModel failures, long seed) {}
