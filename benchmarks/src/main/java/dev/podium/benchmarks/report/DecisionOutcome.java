package dev.podium.benchmarks.report;

/**
 * What one row of the placement decision benchmark decides: the same call the benchmark times,
 * made once.
 *
 * @param free free accelerators on the fabric at the benchmark's occupancy
 * @param placed whether the policy placed the gang (otherwise it was Unschedulable)
 * @param reasons the Unschedulable reasons, joined; empty when placed
 */
public record DecisionOutcome(String fabric, String policy, int gpus, int free, boolean placed, String reasons) {}
