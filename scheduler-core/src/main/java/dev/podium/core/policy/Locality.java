package dev.podium.core.policy;

import dev.podium.api.placement.ClusterView;
import dev.podium.api.topology.TopologyView;

/**
 * Queries over the locality tree shared by the emulations of Slurm, Kueue and Volcano, which all
 * reason about hosts (level {@link #HOST}, the first level above the accelerator) and about how many
 * hosts, or pods, every domain above them can take.
 */
final class Locality {

  /** The level of hosts (nodes): the first level above the accelerator. */
  static final int HOST = 1;

  private Locality() {}

  /** Accelerators in the largest host. */
  static int largestHost(TopologyView topology) {
    int largest = 0;
    for (int h = 0; h < topology.domainCount(HOST); h++) {
      largest = Math.max(largest, topology.memberCount(HOST, h));
    }
    return largest;
  }

  /**
   * Per host, how many pods of {@code podSize} accelerators fit in its free accelerators; capped at 1
   * when {@code onePerHost} (a whole-node request: the host is usable or not).
   */
  static int[] podsPerHost(ClusterView view, int podSize, boolean onePerHost) {
    int[] pods = new int[view.topology().domainCount(HOST)];
    for (int h = 0; h < pods.length; h++) {
      int fit = view.freeCount(HOST, h) / podSize;
      pods[h] = onePerHost ? Math.min(fit, 1) : fit;
    }
    return pods;
  }

  /** The per-host counts summed over each domain of {@code level} (at least {@link #HOST}). */
  static int[] sum(TopologyView topology, int[] perHost, int level) {
    if (level == HOST) {
      return perHost.clone();
    }
    int[] sums = new int[topology.domainCount(level)];
    for (int h = 0; h < perHost.length; h++) {
      sums[topology.domainOf(topology.firstMember(HOST, h), level)] += perHost[h];
    }
    return sums;
  }

  /** The first child (a domain of {@code level - 1}) of domain {@code domain} of {@code level}. */
  static int firstChild(TopologyView topology, int level, int domain) {
    return topology.domainOf(topology.firstMember(level, domain), level - 1);
  }

  /** One past the last child (a domain of {@code level - 1}) of domain {@code domain} of {@code level}. */
  static int endChild(TopologyView topology, int level, int domain) {
    int last = topology.firstMember(level, domain) + topology.memberCount(level, domain) - 1;
    return topology.domainOf(last, level - 1) + 1;
  }

  /** The first host of domain {@code domain} of {@code level}. */
  static int firstHost(TopologyView topology, int level, int domain) {
    return topology.domainOf(topology.firstMember(level, domain), HOST);
  }

  /** One past the last host of domain {@code domain} of {@code level}. */
  static int endHost(TopologyView topology, int level, int domain) {
    int last = topology.firstMember(level, domain) + topology.memberCount(level, domain) - 1;
    return topology.domainOf(last, HOST) + 1;
  }

  /**
   * Appends the usable hosts ({@code usable[h] > 0}) of domain {@code domain} of {@code level} to
   * {@code chosen} in id order, from index {@code taken} until it is full; returns the new count.
   */
  static int takeHosts(TopologyView topology, int level, int domain, int[] usable, int[] chosen, int taken) {
    int end = endHost(topology, level, domain);
    for (int host = firstHost(topology, level, domain); host < end && taken < chosen.length; host++) {
      if (usable[host] > 0) {
        chosen[taken++] = host;
      }
    }
    return taken;
  }

  /** The domain of {@code level + 1} that holds domain {@code domain} of {@code level}. */
  static int parent(TopologyView topology, int level, int domain) {
    return topology.domainOf(topology.firstMember(level, domain), level + 1);
  }
}
