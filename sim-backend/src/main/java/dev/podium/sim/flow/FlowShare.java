package dev.podium.sim.flow;

import dev.podium.sim.network.MaxMinFairShare;

/**
 * Shares every directed link max-min fairly between the flows that cross it (consumers = flows,
 * resources = directed links, demand 1 per unit of rate; see {@link MaxMinFairShare}) and times
 * each collective: the largest {@code bytes / rate} over its flows, plus its latency steps times the
 * largest path latency over its flows. Rates are fixed for the whole collective: a flow that
 * finishes early does not hand its share to the others. Reuses its solver; one per thread.
 */
public final class FlowShare {

  private final MaxMinFairShare solver = new MaxMinFairShare();

  /** Times {@code flows} on the fabric's own link capacities. */
  public CollectiveTimes share(RoutedFlows flows) {
    return share(flows, DirectedLinks.capacities(flows.fabric()));
  }

  /** Times {@code flows} with {@code capacity[d]} bytes per second on directed link {@code d}. */
  public CollectiveTimes share(RoutedFlows flows, double[] capacity) {
    if (capacity.length != DirectedLinks.count(flows.fabric())) {
      throw new IllegalArgumentException("expected " + DirectedLinks.count(flows.fabric())
          + " directed capacities, got " + capacity.length);
    }
    int n = flows.flowCount();
    double[] rates = new double[n];
    solver.solveUnitDemands(n, flows.rowStart(), flows.linkArray(), capacity, rates);
    int collectives = flows.collectiveCount();
    double[] transfer = new double[collectives];
    double[] latency = new double[collectives];
    for (int f = 0; f < n; f++) {
      int c = flows.collective(f);
      double bytes = flows.bytes(f);
      if (bytes > 0) {
        transfer[c] = Math.max(transfer[c], bytes / rates[f]);
      }
      latency[c] = Math.max(latency[c], flows.latencySeconds(f));
    }
    double[] seconds = new double[collectives];
    for (int c = 0; c < collectives; c++) {
      seconds[c] = transfer[c] + flows.latencySteps(c) * latency[c];
    }
    return new CollectiveTimes(seconds, rates);
  }
}
