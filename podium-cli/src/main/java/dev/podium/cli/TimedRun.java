package dev.podium.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.sim.report.RunInvariants;
import dev.podium.sim.report.RunJson;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import java.math.BigDecimal;

/**
 * A finished run, checked against {@link RunInvariants}, and the wall time it took.
 *
 * @param result what the simulation produced
 * @param wallSeconds wall-clock seconds of the simulation alone (not the workload read)
 */
record TimedRun(SimulationResult result, double wallSeconds) {

  /** Runs {@code config} to the end and checks the invariants. */
  static TimedRun of(SimulationConfig config, Simulation.Progress progress) {
    long start = System.nanoTime();
    SimulationResult result = Simulation.run(config, progress);
    double wall = (System.nanoTime() - start) / 1e9;
    RunInvariants.check(result);
    return new TimedRun(result, wall);
  }

  /** The {@code --json} object: the summary figures, {@code wallSeconds}, then the run description. */
  ObjectNode json() {
    ObjectNode node = RunJson.summary(result.summary());
    node.put("wallSeconds", BigDecimal.valueOf(Math.round(wallSeconds * 1000), 3));
    node.set("run", RunJson.description(result.config()));
    return node;
  }
}
