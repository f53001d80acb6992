package dev.podium.sim.flow;

import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;

/**
 * Flows on paths: for every flow its directed links (compressed rows), bytes, path latency and
 * collective; for every collective its latency steps. Immutable once built.
 */
public final class RoutedFlows {

  private final Fabric fabric;
  private final int flows;
  private final int[] rowStart;
  private final int[] links;
  private final double[] bytes;
  private final double[] latency;
  private final int[] collectiveOf;
  private final int[] latencySteps;

  RoutedFlows(Fabric fabric, int flows, int[] rowStart, int[] links, double[] bytes, double[] latency,
      int[] collectiveOf, int[] latencySteps) {
    this.fabric = fabric;
    this.flows = flows;
    this.rowStart = rowStart;
    this.links = links;
    this.bytes = bytes;
    this.latency = latency;
    this.collectiveOf = collectiveOf;
    this.latencySteps = latencySteps;
  }

  /** The fabric the flows run on. */
  public Fabric fabric() {
    return fabric;
  }

  /** Number of flows. */
  public int flowCount() {
    return flows;
  }

  /** Number of collectives. */
  public int collectiveCount() {
    return latencySteps.length;
  }

  /** Directed links crossed by flow {@code f}. */
  public int hops(int f) {
    return rowStart[f + 1] - rowStart[f];
  }

  /** The {@code hop}-th directed link of flow {@code f}, from its source. */
  public int link(int f, int hop) {
    if (hop < 0 || hop >= hops(f)) {
      throw new IndexOutOfBoundsException("hop " + hop + " of " + hops(f));
    }
    return links[rowStart[f] + hop];
  }

  /** Bytes flow {@code f} carries. */
  public double bytes(int f) {
    return bytes[f];
  }

  /** Summed link latency of flow {@code f}'s path in seconds. */
  public double latencySeconds(int f) {
    return latency[f];
  }

  /** The collective flow {@code f} belongs to. */
  public int collective(int f) {
    return collectiveOf[f];
  }

  /** Latency steps of collective {@code c}. */
  public int latencySteps(int c) {
    return latencySteps[c];
  }

  /** Flows and bytes per directed link. */
  public LinkLoads loads() {
    int[] count = new int[DirectedLinks.count(fabric)];
    double[] load = new double[count.length];
    for (int f = 0; f < flows; f++) {
      for (int i = rowStart[f]; i < rowStart[f + 1]; i++) {
        count[links[i]]++;
        load[links[i]] += bytes[f];
      }
    }
    return new LinkLoads(count, load);
  }

  /**
   * Bytes on each of {@code directedLinks} (e.g. one switch's uplinks), in that order, without
   * tallying the whole fabric.
   */
  public double[] bytesOn(int[] directedLinks) {
    int[] sorted = directedLinks.clone();
    Arrays.sort(sorted);
    double[] tally = new double[sorted.length];
    for (int f = 0; f < flows; f++) {
      for (int i = rowStart[f]; i < rowStart[f + 1]; i++) {
        int at = Arrays.binarySearch(sorted, links[i]);
        if (at >= 0) {
          tally[at] += bytes[f];
        }
      }
    }
    double[] result = new double[directedLinks.length];
    for (int i = 0; i < directedLinks.length; i++) {
      result[i] = tally[Arrays.binarySearch(sorted, directedLinks[i])];
    }
    return result;
  }

  /**
   * The same flows limited only by their first and last link (the sender's and the receiver's
   * ports): the fabric between them is non-blocking. Path latencies are kept.
   */
  public RoutedFlows endpointsOnly() {
    int[] start = new int[flows + 1];
    int[] kept = new int[2 * flows];
    int n = 0;
    for (int f = 0; f < flows; f++) {
      int hops = hops(f);
      if (hops > 0) {
        kept[n++] = links[rowStart[f]];
      }
      if (hops > 1) {
        kept[n++] = links[rowStart[f + 1] - 1];
      }
      start[f + 1] = n;
    }
    return new RoutedFlows(fabric, flows, start, Arrays.copyOf(kept, n), bytes, latency, collectiveOf, latencySteps);
  }

  int[] rowStart() {
    return rowStart;
  }

  int[] linkArray() {
    return links;
  }
}
