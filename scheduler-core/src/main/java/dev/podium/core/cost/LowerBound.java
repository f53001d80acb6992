package dev.podium.core.cost;

import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.job.Parallelism;
import dev.podium.api.topology.TopologyView;

/**
 * The reference cost of a job on an empty fabric: for each level, the fewest bytes that any
 * dimension-aligned placement achieves — ranks nested by some order of [TP, CP, PP, DP] on
 * accelerators {@code 0..n-1}, which start at a domain boundary of every level. It is exact for the
 * placements Podium and the emulated schedulers produce on an empty fabric, and a lower bound on
 * them; it is not a proof over all possible permutations of ranks.
 */
public final class LowerBound {

  private LowerBound() {}

  /** Bytes per step per level; each level's minimum may come from a different nesting. */
  public static double[] crossBytes(TopologyView topology, Parallelism parallelism, CommunicationPlan plan) {
    int n = parallelism.size();
    if (n > topology.acceleratorCount()) {
      throw new IllegalArgumentException("the job needs " + n + " accelerators; the fabric has "
          + topology.acceleratorCount());
    }
    CostModel model = new CostModel(topology);
    int levels = topology.levelCount();
    double[] best = new double[levels];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    double[] bytes = new double[levels];
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    for (int[] placement : Nestings.placements(parallelism, identity)) {
      model.crossBytes(plan, placement, bytes);
      for (int level = 0; level < levels; level++) {
        best[level] = Math.min(best[level], bytes[level]);
      }
    }
    return best;
  }
}
