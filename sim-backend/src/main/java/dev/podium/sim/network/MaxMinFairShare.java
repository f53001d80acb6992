package dev.podium.sim.network;

import java.util.Arrays;

/**
 * Max-min fair rates by progressive filling. Consumer {@code c} running at rate {@code x_c} uses
 * {@code x_c * demand(c, r)} of resource {@code r}; rates rise together (scaled by weight) until a
 * resource saturates, whose consumers then freeze; repeat until every consumer is frozen or has
 * reached its own cap. Demands are a sparse matrix in compressed rows (one row per consumer). The
 * arrays are reused between solves; the solvers allocate only when a problem outgrows them.
 *
 * <p>{@link #solve} is general (demands, caps, weights) and costs one pass over the matrix per
 * distinct bottleneck. {@link #solveUnitDemands} handles the common flow-level case (every consumer
 * uses each of its resources once per unit of rate, equal weights, no caps) in {@code O(nnz log
 * resources)}: it repeatedly freezes the consumers of the resource with the smallest fair share.
 */
public final class MaxMinFairShare {

  private double[] used = new double[0];
  private double[] load = new double[0];
  private boolean[] saturated = new boolean[0];
  private boolean[] frozen = new boolean[0];
  private double[] remaining = new double[0];
  private int[] growing = new int[0];
  private int[] columnStart = new int[0];
  private int[] columnConsumer = new int[0];
  private int[] columnFill = new int[0];
  private final ShareHeap heap = new ShareHeap();

  /**
   * Solves one allocation.
   *
   * @param consumers number of consumers
   * @param rowStart CSR row offsets, length {@code consumers + 1}
   * @param resource resource index of each non-zero
   * @param demand demand of each non-zero (> 0): resource units per unit of rate
   * @param capacity capacity of each resource (> 0)
   * @param cap each consumer's maximum rate ({@code +Infinity} for none)
   * @param weight each consumer's weight (> 0); rates grow in proportion to it
   * @param rates output, one rate per consumer
   */
  public void solve(int consumers, int[] rowStart, int[] resource, double[] demand, double[] capacity,
      double[] cap, double[] weight, double[] rates) {
    int resources = capacity.length;
    if (used.length < resources) {
      used = new double[resources];
      load = new double[resources];
      saturated = new boolean[resources];
    }
    if (frozen.length < consumers) {
      frozen = new boolean[consumers];
    }
    Arrays.fill(used, 0, resources, 0);
    Arrays.fill(saturated, 0, resources, false);
    Arrays.fill(frozen, 0, consumers, false);
    Arrays.fill(rates, 0, consumers, 0);
    int active = 0;
    for (int c = 0; c < consumers; c++) {
      if (rowStart[c + 1] == rowStart[c] && Double.isInfinite(cap[c])) {
        rates[c] = Double.POSITIVE_INFINITY;
        frozen[c] = true;
      } else {
        active++;
      }
    }
    while (active > 0) {
      Arrays.fill(load, 0, resources, 0);
      for (int c = 0; c < consumers; c++) {
        if (!frozen[c]) {
          for (int i = rowStart[c]; i < rowStart[c + 1]; i++) {
            load[resource[i]] += demand[i] * weight[c];
          }
        }
      }
      double step = Double.POSITIVE_INFINITY;
      for (int r = 0; r < resources; r++) {
        if (load[r] > 0) {
          step = Math.min(step, (capacity[r] - used[r]) / load[r]);
        }
      }
      for (int c = 0; c < consumers; c++) {
        if (!frozen[c]) {
          step = Math.min(step, (cap[c] - rates[c]) / weight[c]);
        }
      }
      step = Math.max(step, 0);
      for (int c = 0; c < consumers; c++) {
        if (!frozen[c]) {
          rates[c] += step * weight[c];
        }
      }
      for (int r = 0; r < resources; r++) {
        if (load[r] > 0) {
          used[r] += step * load[r];
          if (used[r] >= capacity[r] * (1 - 1e-12)) {
            saturated[r] = true;
          }
        }
      }
      for (int c = 0; c < consumers; c++) {
        if (frozen[c]) {
          continue;
        }
        boolean stop = rates[c] >= cap[c] * (1 - 1e-12);
        for (int i = rowStart[c]; i < rowStart[c + 1] && !stop; i++) {
          stop = saturated[resource[i]];
        }
        if (stop) {
          frozen[c] = true;
          active--;
        }
      }
    }
  }

  /**
   * Max-min fair rates when every demand is 1 and consumers have equal weights and no caps: the
   * same allocation as {@link #solve} with those inputs, found by freezing, smallest fair share
   * first, the consumers of one resource at a time. A resource listed twice in a row counts twice.
   *
   * @param consumers number of consumers
   * @param rowStart CSR row offsets, length {@code consumers + 1}
   * @param resource resource index of each non-zero
   * @param capacity capacity of each resource (> 0)
   * @param rates output, one rate per consumer ({@code +Infinity} for a consumer with no resource)
   */
  public void solveUnitDemands(int consumers, int[] rowStart, int[] resource, double[] capacity, double[] rates) {
    int resources = capacity.length;
    int nonZeros = rowStart[consumers];
    if (remaining.length < resources) {
      remaining = new double[resources];
      growing = new int[resources];
      columnStart = new int[resources + 1];
    }
    if (columnConsumer.length < nonZeros) {
      columnConsumer = new int[nonZeros];
    }
    if (frozen.length < consumers) {
      frozen = new boolean[consumers];
    }
    Arrays.fill(growing, 0, resources, 0);
    for (int i = 0; i < nonZeros; i++) {
      growing[resource[i]]++;
    }
    columnStart[0] = 0;
    for (int r = 0; r < resources; r++) {
      columnStart[r + 1] = columnStart[r] + growing[r];
      remaining[r] = capacity[r];
    }
    if (columnFill.length < resources) {
      columnFill = new int[resources];
    }
    int[] next = columnFill;
    System.arraycopy(columnStart, 0, next, 0, resources);
    for (int c = 0; c < consumers; c++) {
      for (int i = rowStart[c]; i < rowStart[c + 1]; i++) {
        columnConsumer[next[resource[i]]++] = c;
      }
    }
    heap.reset(resources);
    for (int r = 0; r < resources; r++) {
      if (growing[r] > 0) {
        heap.set(r, remaining[r] / growing[r]);
      }
    }
    for (int c = 0; c < consumers; c++) {
      frozen[c] = rowStart[c + 1] == rowStart[c];
      rates[c] = frozen[c] ? Double.POSITIVE_INFINITY : 0;
    }
    while (!heap.isEmpty()) {
      int bottleneck = heap.peek();
      double level = heap.key(bottleneck);
      heap.remove(bottleneck);
      for (int k = columnStart[bottleneck]; k < columnStart[bottleneck + 1]; k++) {
        int c = columnConsumer[k];
        if (frozen[c]) {
          continue;
        }
        frozen[c] = true;
        rates[c] = level;
        for (int i = rowStart[c]; i < rowStart[c + 1]; i++) {
          int r = resource[i];
          remaining[r] = Math.max(0, remaining[r] - level);
          if (--growing[r] > 0) {
            if (r != bottleneck) {
              heap.set(r, remaining[r] / growing[r]);
            }
          } else {
            heap.remove(r);
          }
        }
      }
    }
  }
}
