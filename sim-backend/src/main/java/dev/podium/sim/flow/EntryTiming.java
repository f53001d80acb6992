package dev.podium.sim.flow;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.Dimension;

/**
 * One traffic entry of a plan, timed alone on the fabric: all its groups at once.
 *
 * @param dimension the parallel dimension
 * @param collective the pattern
 * @param groups groups that ran it concurrently
 * @param secondsPerCall time of one call: its slowest group's transfers plus latency
 * @param callsPerStep calls per optimizer step
 */
public record EntryTiming(Dimension dimension, Collective collective, int groups, double secondsPerCall,
    double callsPerStep) {

  /** Seconds per optimizer step: {@code secondsPerCall * callsPerStep}. */
  public double secondsPerStep() {
    return secondsPerCall * callsPerStep;
  }
}
