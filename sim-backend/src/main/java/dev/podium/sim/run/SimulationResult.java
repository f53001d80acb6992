package dev.podium.sim.run;

import java.util.List;

/**
 * Everything a run produced.
 *
 * @param config what was run
 * @param summary the run's figures
 * @param jobs one outcome per submitted job, in submit order
 * @param utilizationSeries busy accelerators over time as (seconds, busy) pairs at each change
 * @param failures every failure drawn, in time order (empty without a failure model)
 */
public record SimulationResult(SimulationConfig config, RunSummary summary, List<JobOutcome> jobs,
    List<double[]> utilizationSeries, List<Failure> failures) {}
