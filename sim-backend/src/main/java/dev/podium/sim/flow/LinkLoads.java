package dev.podium.sim.flow;

/**
 * Flows and bytes on every directed link (ids as in {@link DirectedLinks}) after routing. Read-only
 * view over arrays owned by this object.
 */
public final class LinkLoads {

  private final int[] flows;
  private final double[] bytes;

  LinkLoads(int[] flows, double[] bytes) {
    this.flows = flows;
    this.bytes = bytes;
  }

  /** Number of directed links. */
  public int size() {
    return flows.length;
  }

  /** Flows on directed link {@code directed}. */
  public int flows(int directed) {
    return flows[directed];
  }

  /** Bytes on directed link {@code directed}. */
  public double bytes(int directed) {
    return bytes[directed];
  }

  /**
   * Max-to-mean ratio of the bytes over {@code directedLinks} (e.g. the uplinks of one switch): the
   * busiest one's bytes over the average; 1 when they are even, 0 when none carries anything.
   */
  public double maxToMean(int[] directedLinks) {
    double[] selected = new double[directedLinks.length];
    for (int i = 0; i < directedLinks.length; i++) {
      selected[i] = bytes[directedLinks[i]];
    }
    return maxToMean(selected);
  }

  /** Max-to-mean ratio of {@code loads}: the largest over the average; 0 when all are 0. */
  public static double maxToMean(double[] loads) {
    double max = 0;
    double sum = 0;
    for (double load : loads) {
      max = Math.max(max, load);
      sum += load;
    }
    return sum == 0 ? 0 : max * loads.length / sum;
  }

  /** Max-to-mean ratio of the flow counts over {@code directedLinks}; 0 when none carries a flow. */
  public double maxToMeanFlows(int[] directedLinks) {
    int max = 0;
    long sum = 0;
    for (int d : directedLinks) {
      max = Math.max(max, flows[d]);
      sum += flows[d];
    }
    return sum == 0 ? 0 : (double) max * directedLinks.length / sum;
  }
}
