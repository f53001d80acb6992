package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import java.util.Arrays;
import java.util.Set;

/**
 * Emulates Slurm 22.05 node selection with {@code select/cons_tres} and {@code topology/tree}:
 * {@code _eval_nodes_topo}, {@code _topo_choose_best_switch} and {@code _topo_compare_switches} in
 * {@code src/plugins/select/cons_tres/job_test.c} (the same logic now lives in
 * {@code src/plugins/topology/tree/eval_nodes_tree.c}).
 *
 * <p><b>Request.</b> A job of {@code k} accelerators on hosts of {@code g} is submitted as {@code -N n
 * --gpus-per-node=p} with {@code n = ceil(k/g)} and {@code p = ceil(k/n)}. Nodes are shared as in
 * cons_tres without {@code --exclusive}: a partially busy host is usable when it has at least {@code p}
 * free accelerators.
 *
 * <p><b>Selection.</b> Leaf switches are the domains of the level above hosts; the levels above are
 * the upper switches, the top level the root. Each round picks the unused leaf with usable nodes that
 * is closest (summed hop distance, 2 per switch level climbed, to the leaves already chosen) and,
 * among equally close ones, wins {@code _topo_compare_switches}: if both fit the remaining nodes the
 * one with fewer nodes (best fit), if one fits that one, if neither the comparison moves to their
 * parents, and finally more nodes wins, ties keeping the earlier leaf. A closer leaf that compares
 * equal also wins, as in 22.05. The leaf's usable nodes are taken in node (id) order. As in 22.05,
 * ancestor counts are not reduced after a leaf is used. Ranks follow Slurm's block distribution over
 * the chosen nodes in node order. Option {@code switches=N} acts like {@code --switches=N}: a
 * placement over more than N leaves stays pending.
 *
 * <p><b>Left out.</b> Node weights (all equal, so the weight pass keeps every node), CPUs, sockets and
 * the GRES knapsack retries, required nodes ({@code -w}), {@code --switches} wait time (the job waits
 * for as long as the limit is exceeded, no {@code max_switch_wait}), dragonfly, and the paths that
 * bypass topology (LLN, {@code bf_busy_nodes}, {@code --spread-job}, {@code TopoOptional}).
 */
public final class SlurmTreePolicy implements PlacementPolicy {

  public static final String NAME = "slurm-tree";
  private final int maxLeaves;

  SlurmTreePolicy(int maxLeaves) {
    this.maxLeaves = maxLeaves;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PlacementDecision place(JobSpec job, ClusterView cluster) {
    PlacementDecision early = Decisions.precheck(job, cluster);
    if (early != null) {
      return early;
    }
    TopologyView topology = cluster.topology();
    int top = topology.levelCount() - 1;
    int leafLevel = Math.min(2, top);
    PodShape shape = PodShape.of(job.size(), Locality.largestHost(topology));
    int[] usable = Locality.podsPerHost(cluster, shape.size(), true);
    int[][] nodes = new int[top + 1][];
    for (int level = leafLevel; level <= top; level++) {
      nodes[level] = Locality.sum(topology, usable, level);
    }
    int need = shape.count();
    if (nodes[top][0] < need) {
      return Decisions.noFit(NAME + ": job " + job.id() + " needs " + need + " nodes with " + shape.size()
          + " free accelerators each; " + nodes[top][0] + " have that many");
    }
    Search search = new Search(topology, leafLevel, nodes);
    int[] hosts = search.run(usable, need);
    if (maxLeaves > 0 && search.leavesUsed > maxLeaves) {
      return Decisions.noFit(NAME + ": job " + job.id() + " would span " + search.leavesUsed + " leaf switches ("
          + topology.levels().get(leafLevel).name() + "), more than switches=" + maxLeaves + "; waiting for switches");
    }
    Arrays.sort(hosts);
    return new PlacementDecision.Placed(shape.layout(cluster, hosts));
  }

  /** One run of the leaf-switch loop of {@code _eval_nodes_topo}. */
  private static final class Search {
    private final TopologyView topology;
    private final int leafLevel;
    private final int top;
    private final int[][] nodes;
    private final int[] leafNodes;
    private int leavesUsed;

    Search(TopologyView topology, int leafLevel, int[][] nodes) {
      this.topology = topology;
      this.leafLevel = leafLevel;
      this.top = nodes.length - 1;
      this.nodes = nodes;
      this.leafNodes = nodes[leafLevel].clone();
    }

    int[] run(int[] usable, int need) {
      int leaves = leafNodes.length;
      long[] distance = new long[leaves];
      int[] chosen = new int[need];
      int rem = need;
      while (rem > 0) {
        int best = -1;
        for (int leaf = 0; leaf < leaves; leaf++) {
          if (leafNodes[leaf] == 0) {
            continue;
          }
          if (best < 0) {
            best = leaf;
            continue;
          }
          int better = compare(leaf, best, rem);
          if ((distance[leaf] < distance[best] && better >= 0) || (distance[leaf] == distance[best] && better > 0)) {
            best = leaf;
          }
        }
        if (best < 0) {
          throw new IllegalStateException("usable nodes counted but no leaf switch holds them");
        }
        leavesUsed++;
        rem = need - Locality.takeHosts(topology, leafLevel, best, usable, chosen, need - rem);
        for (int leaf = 0; leaf < leaves; leaf++) {
          distance[leaf] += hops(best, leaf);
        }
        leafNodes[best] = 0;
      }
      return chosen;
    }

    /** {@code _topo_compare_switches}: 1 when leaf {@code i} fits better, -1 when {@code j} does, else 0. */
    private int compare(int i, int j, int rem) {
      int level = leafLevel;
      while (true) {
        int ci = count(level, i);
        int cj = count(level, j);
        boolean iFits = ci >= rem;
        boolean jFits = cj >= rem;
        if (iFits && jFits) {
          return Integer.compare(cj, ci);
        }
        if (iFits != jFits) {
          return iFits ? 1 : -1;
        }
        if (level == top) {
          break;
        }
        int pi = Locality.parent(topology, level, i);
        int pj = Locality.parent(topology, level, j);
        if (pi == pj) {
          break;
        }
        i = pi;
        j = pj;
        level++;
      }
      return Integer.compare(count(level, i), count(level, j));
    }

    private int count(int level, int domain) {
      return level == leafLevel ? leafNodes[domain] : nodes[level][domain];
    }

    /** Switch hops between two leaves: up to their lowest common switch and back down. */
    private int hops(int a, int b) {
      int level = leafLevel;
      int hops = 0;
      while (a != b) {
        a = Locality.parent(topology, level, a);
        b = Locality.parent(topology, level, b);
        level++;
        hops += 2;
      }
      return hops;
    }
  }

  /** Finds {@link SlurmTreePolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Slurm 22.05 cons_tres + topology/tree: whole nodes, best-fit leaf switch, then the closest leaves"
          + " (job_test.c _eval_nodes_topo).";
    }

    @Override
    public Set<String> options() {
      return Set.of("switches");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      int switches = options.getInt(NAME, "switches", 0, 1);
      return new SlurmTreePolicy(switches);
    }
  }
}
