package dev.podium.sim.flow;

import dev.podium.topology.fabric.Fabric;

/**
 * Directed link ids: link {@code e} crossed from its source vertex is {@code 2e}, from its target
 * {@code 2e+1}. Every link has its full capacity in each direction.
 */
public final class DirectedLinks {

  private DirectedLinks() {}

  /** Number of directed links of {@code fabric}. */
  public static int count(Fabric fabric) {
    return 2 * fabric.linkCount();
  }

  /** The id of {@code link} crossed from vertex {@code from}, which must be one of its ends. */
  public static int id(Fabric fabric, int link, int from) {
    if (fabric.linkSource(link) == from) {
      return 2 * link;
    }
    if (fabric.linkTarget(link) == from) {
      return 2 * link + 1;
    }
    throw new IllegalArgumentException("vertex " + from + " is not an end of link " + link);
  }

  /** The undirected link of directed link {@code directed}. */
  public static int link(int directed) {
    return directed >>> 1;
  }

  /** The vertex directed link {@code directed} leaves. */
  public static int from(Fabric fabric, int directed) {
    int link = directed >>> 1;
    return (directed & 1) == 0 ? fabric.linkSource(link) : fabric.linkTarget(link);
  }

  /** The vertex directed link {@code directed} enters. */
  public static int to(Fabric fabric, int directed) {
    int link = directed >>> 1;
    return (directed & 1) == 0 ? fabric.linkTarget(link) : fabric.linkSource(link);
  }

  /** Capacity of every directed link in bytes per second. */
  public static double[] capacities(Fabric fabric) {
    double[] capacity = new double[count(fabric)];
    for (int e = 0; e < fabric.linkCount(); e++) {
      capacity[2 * e] = fabric.linkCapacity(e);
      capacity[2 * e + 1] = fabric.linkCapacity(e);
    }
    return capacity;
  }

  /**
   * Capacities with every tier's taper removed: where level {@code L} is oversubscribed {@code o >
   * 1}, the links that leave a domain of level {@code L-1} from a vertex that domain owns (the
   * uplinks {@link Fabric} counts for the oversubscription) get {@code o} times their capacity, so
   * every domain reaches the rest of the fabric at the bandwidth it has inside (Meta's 1:7 CTSW to
   * ATSW links carry 7 times as much: the whole cluster behaves as one pod).
   */
  public static double[] untapered(Fabric fabric) {
    double[] capacity = capacities(fabric);
    for (int level = 2; level < fabric.levelCount(); level++) {
      double taper = fabric.levels().get(level).oversubscription();
      if (!(taper > 1)) {
        continue;
      }
      int owner = level - 1;
      for (int e = 0; e < fabric.linkCount(); e++) {
        if (leaves(fabric, fabric.linkSource(e), fabric.linkTarget(e), owner)
            || leaves(fabric, fabric.linkTarget(e), fabric.linkSource(e), owner)) {
          capacity[2 * e] *= taper;
          capacity[2 * e + 1] *= taper;
        }
      }
    }
    return capacity;
  }

  /** True when {@code u} is owned by a domain of {@code level} and {@code v} lies outside it. */
  private static boolean leaves(Fabric fabric, int u, int v, int level) {
    return fabric.ownerLevel(u) == level && fabric.domainOfVertex(v, level) != fabric.ownerDomain(u);
  }
}
