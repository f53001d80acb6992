package dev.podium.core.policy;

import dev.podium.api.topology.TopologyView;

/**
 * The base-block loop of Slurm's {@code eval_nodes_block} inside the chosen block, with
 * {@code _choose_best_bblock} deciding each round: prefer a base block in an LL-block already used,
 * else one in an LL-block that fits the remaining nodes alone (the smallest such), else in the
 * fullest LL-block; then a base block that fits the rest with the fewest nodes, else the one with the
 * most (ties to the later). Usable nodes are taken in id order. Like Slurm, the loop stops when a
 * round adds no node, or when a new LL-block is needed but the job's LL-blocks are used up. One
 * search per instance; not thread-safe.
 */
final class SlurmBaseBlocks {

  private final TopologyView topology;
  private final int baseLevel;
  private final int[] baseNodes;
  private final int[] lowerNodes;
  private final int lowerLevel;
  private int lowerLeft;
  private boolean[] used;
  private int best;
  private boolean bestFits;
  private boolean bestSameLower;

  /**
   * A search over base blocks with {@code baseNodes} usable nodes each; {@code lowerNodes} (null when
   * unused) holds the usable nodes of each LL-block of {@code 2^lowerLevel} base blocks, of which the
   * job may use {@code maxLower}.
   */
  SlurmBaseBlocks(TopologyView topology, int baseLevel, int[] baseNodes, int[] lowerNodes, int lowerLevel, int maxLower) {
    this.topology = topology;
    this.baseLevel = baseLevel;
    this.baseNodes = baseNodes;
    this.lowerNodes = lowerNodes;
    this.lowerLevel = lowerLevel;
    this.lowerLeft = maxLower;
  }

  /** Hosts for {@code need} nodes from base blocks {@code [from, to)}, or null when the loop stalls. */
  int[] take(int[] usable, int from, int to, int need) {
    used = new boolean[baseNodes.length];
    int[] chosen = new int[need];
    int rem = need;
    int previous = rem + 1;
    while (rem > 0 && previous != rem) {
      previous = rem;
      best = -1;
      bestFits = false;
      bestSameLower = true;
      for (int b = from; b < to; b++) {
        if (!used[b]) {
          consider(b, rem);
        }
      }
      if (best < 0 || (lowerLeft <= 0 && !bestSameLower)) {
        break;
      }
      used[best] = true;
      rem = need - Locality.takeHosts(topology, baseLevel, best, usable, chosen, need - rem);
      if (!bestSameLower) {
        lowerLeft--;
      }
    }
    return rem == 0 ? chosen : null;
  }

  /** {@code _choose_best_bblock}: whether base block {@code b} replaces the best so far. */
  private void consider(int b, int rem) {
    boolean fits = baseNodes[b] >= rem;
    if (lowerNodes != null && (best >> lowerLevel) != (b >> lowerLevel)) {
      boolean same = lowerBlockUsed(b);
      if (best < 0 || (same && !bestSameLower)) {
        choose(b, fits, same);
        return;
      }
      if (!same && bestSameLower) {
        return;
      }
      int nodes = lowerNodes[b >> lowerLevel];
      int bestNodes = lowerNodes[best >> lowerLevel];
      boolean lowerFits = nodes >= rem;
      boolean bestLowerFits = bestNodes >= rem;
      if (lowerFits != bestLowerFits) {
        if (lowerFits) {
          choose(b, fits, same);
        }
        return;
      }
      if (nodes != bestNodes) {
        if (lowerFits == nodes < bestNodes) {
          choose(b, fits, same);
        }
        return;
      }
    }
    if (best < 0 || (fits && !bestFits) || (!fits && !bestFits && baseNodes[b] >= baseNodes[best])
        || (fits && baseNodes[b] <= baseNodes[best])) {
      best = b;
      bestFits = fits;
    }
  }

  private void choose(int b, boolean fits, boolean same) {
    best = b;
    bestFits = fits;
    bestSameLower = same;
  }

  private boolean lowerBlockUsed(int b) {
    int first = b >> lowerLevel << lowerLevel;
    int end = Math.min(used.length, first + (1 << lowerLevel));
    for (int j = first; j < end; j++) {
      if (used[j]) {
        return true;
      }
    }
    return false;
  }
}
