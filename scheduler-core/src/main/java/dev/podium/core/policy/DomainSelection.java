package dev.podium.core.policy;

import dev.podium.api.placement.ClusterView;
import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks free accelerators inside a domain using as few child domains as possible at every level:
 * a child that fits the remainder is chosen best-fit (fewest free), otherwise the children with the
 * most free are taken whole. Ties go to the lower id, so the result is deterministic.
 */
final class DomainSelection {

  private DomainSelection() {}

  /** Domains at the lowest level where one fits {@code need}, best fit first (at most {@code limit}). */
  static List<int[]> smallestFitting(ClusterView view, int need, int limit) {
    TopologyView topology = view.topology();
    for (int level = 1; level < topology.levelCount(); level++) {
      List<int[]> fitting = new ArrayList<>();
      for (int d = 0; d < topology.domainCount(level); d++) {
        int free = view.freeCount(level, d);
        if (free >= need) {
          fitting.add(new int[] {level, d, free});
        }
      }
      if (!fitting.isEmpty()) {
        fitting.sort((a, b) -> a[2] != b[2] ? Integer.compare(a[2], b[2]) : Integer.compare(a[1], b[1]));
        return fitting.subList(0, Math.min(limit, fitting.size()));
      }
    }
    return List.of();
  }

  /** {@code need} free accelerators inside domain {@code domain} of {@code level}, in id order. */
  static int[] select(ClusterView view, int level, int domain, int need) {
    int[] out = new int[need];
    int filled = select(view, level, domain, need, out, 0);
    if (filled != need) {
      throw new IllegalStateException("domain has " + filled + " free accelerators, needed " + need);
    }
    Arrays.sort(out);
    return out;
  }

  private static int select(ClusterView view, int level, int domain, int need, int[] out, int at) {
    TopologyView topology = view.topology();
    int first = topology.firstMember(level, domain);
    int end = first + topology.memberCount(level, domain);
    if (level == 1) {
      for (int a = view.nextFree(first, end); a >= 0 && need > 0; a = view.nextFree(a + 1, end)) {
        out[at++] = a;
        need--;
      }
      return at;
    }
    int child = level - 1;
    int firstChild = topology.domainOf(first, child);
    int lastChild = topology.domainOf(end - 1, child);
    int[][] children = new int[lastChild - firstChild + 1][];
    int count = 0;
    for (int c = firstChild; c <= lastChild; c++) {
      int free = view.freeCount(child, c);
      if (free > 0) {
        children[count++] = new int[] {c, free};
      }
    }
    int[][] candidates = Arrays.copyOf(children, count);
    Arrays.sort(candidates, (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    boolean[] taken = new boolean[count];
    while (need > 0) {
      int bestFit = -1;
      for (int i = 0; i < count; i++) {
        if (!taken[i] && candidates[i][1] >= need && (bestFit < 0 || candidates[i][1] < candidates[bestFit][1])) {
          bestFit = i;
        }
      }
      int pick = bestFit;
      if (pick < 0) {
        for (int i = 0; i < count && pick < 0; i++) {
          if (!taken[i]) {
            pick = i;
          }
        }
      }
      if (pick < 0) {
        return at;
      }
      taken[pick] = true;
      int take = Math.min(need, candidates[pick][1]);
      at = select(view, child, candidates[pick][0], take, out, at);
      need -= take;
    }
    return at;
  }
}
