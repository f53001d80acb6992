package dev.podium.core.policy;

import dev.podium.api.placement.ClusterView;
import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Picks free accelerators inside a domain using as few child domains as possible at every level:
 * a child that fits the remainder is chosen best-fit (fewest usable), otherwise the children with
 * the most usable are taken whole. Ties go to the lower id, so the result is deterministic.
 *
 * <p>With a granule {@code g > 1}, a level-1 domain (host) offers only whole runs of {@code g} of its
 * free accelerators, so groups of {@code g} consecutive ranks can each stay inside one host.
 */
final class DomainSelection {

  private final ClusterView view;
  private final TopologyView topology;
  private final int granule;
  private final int[][] usable;

  /** Usable capacity of {@code view} in runs of {@code granule} per level-1 domain. */
  DomainSelection(ClusterView view, int granule) {
    this.view = view;
    this.topology = view.topology();
    this.granule = granule;
    this.usable = granule > 1 ? usableTable() : null;
  }

  /** Accelerators this selection may use in domain {@code domain} of {@code level}. */
  int usable(int level, int domain) {
    return usable == null ? view.freeCount(level, domain) : usable[level][domain];
  }

  /** Domains at the lowest level where {@code need} fits, best fit first (at most {@code limit}). */
  List<int[]> smallestFitting(int need, int limit) {
    return smallestFitting(need, limit, null);
  }

  /**
   * Domains at the lowest level where {@code need} fits, best fit first (at most {@code limit});
   * among equally good fits, the domains whose accelerators hold more of {@code dataset} first
   * (locality only breaks ties of the fit), then the lower id. A null dataset orders by id alone.
   */
  List<int[]> smallestFitting(int need, int limit, String dataset) {
    for (int level = 1; level < topology.levelCount(); level++) {
      List<int[]> fitting = new ArrayList<>();
      for (int d = 0; d < topology.domainCount(level); d++) {
        int free = usable(level, d);
        if (free >= need) {
          fitting.add(new int[] {level, d, free});
        }
      }
      if (!fitting.isEmpty()) {
        if (dataset == null) {
          fitting.sort((a, b) -> a[2] != b[2] ? Integer.compare(a[2], b[2]) : Integer.compare(a[1], b[1]));
        } else {
          byFitThenLocality(fitting, level, dataset);
        }
        return fitting.subList(0, Math.min(limit, fitting.size()));
      }
    }
    return List.of();
  }

  /** Sorts by usable count, then by the dataset's locality in the domain (higher first), then by id. */
  private void byFitThenLocality(List<int[]> fitting, int level, String dataset) {
    double[] locality = new double[topology.domainCount(level)];
    for (int[] domain : fitting) {
      int first = topology.firstMember(level, domain[1]);
      int[] members = new int[topology.memberCount(level, domain[1])];
      Arrays.setAll(members, i -> first + i);
      locality[domain[1]] = view.datasetLocality(dataset, members);
    }
    fitting.sort(Comparator.<int[]>comparingInt(d -> d[2])
        .thenComparing(Comparator.comparingDouble((int[] d) -> locality[d[1]]).reversed())
        .thenComparingInt(d -> d[1]));
  }

  /** {@code need} usable accelerators inside domain {@code domain} of {@code level}, in id order. */
  int[] select(int level, int domain, int need) {
    int[] out = new int[need];
    int filled = select(level, domain, need, out, 0);
    if (filled != need) {
      throw new IllegalStateException("domain has " + filled + " usable accelerators, needed " + need);
    }
    Arrays.sort(out);
    return out;
  }

  private int select(int level, int domain, int need, int[] out, int at) {
    int first = topology.firstMember(level, domain);
    int end = first + topology.memberCount(level, domain);
    if (level == 1) {
      int take = Math.min(need, usable(1, domain));
      for (int a = view.nextFree(first, end); a >= 0 && take > 0; a = view.nextFree(a + 1, end)) {
        out[at++] = a;
        take--;
      }
      return at;
    }
    int child = level - 1;
    int firstChild = topology.domainOf(first, child);
    int lastChild = topology.domainOf(end - 1, child);
    int[][] candidates = new int[lastChild - firstChild + 1][];
    int count = 0;
    for (int c = firstChild; c <= lastChild; c++) {
      int free = usable(child, c);
      if (free > 0) {
        candidates[count++] = new int[] {c, free};
      }
    }
    candidates = Arrays.copyOf(candidates, count);
    Arrays.sort(candidates, (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    boolean[] taken = new boolean[count];
    while (need > 0) {
      int pick = -1;
      for (int i = 0; i < count; i++) {
        if (!taken[i] && candidates[i][1] >= need && (pick < 0 || candidates[i][1] < candidates[pick][1])) {
          pick = i;
        }
      }
      for (int i = 0; i < count && pick < 0; i++) {
        if (!taken[i]) {
          pick = i;
        }
      }
      if (pick < 0) {
        return at;
      }
      taken[pick] = true;
      int take = Math.min(need, candidates[pick][1]);
      at = select(child, candidates[pick][0], take, out, at);
      need -= take;
    }
    return at;
  }

  private int[][] usableTable() {
    int levels = topology.levelCount();
    int[][] table = new int[levels][];
    for (int level = 1; level < levels; level++) {
      table[level] = new int[topology.domainCount(level)];
    }
    for (int h = 0; h < table[1].length; h++) {
      int runs = view.freeCount(1, h) / granule * granule;
      if (runs == 0) {
        continue;
      }
      table[1][h] = runs;
      int member = topology.firstMember(1, h);
      for (int level = 2; level < levels; level++) {
        table[level][topology.domainOf(member, level)] += runs;
      }
    }
    return table;
  }
}
