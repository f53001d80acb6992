package dev.podium.core.cost;

import dev.podium.api.job.Parallelism;
import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.List;

/**
 * Nestings of a gang's parallel dimensions. A nesting lists the dimensions innermost first; under
 * it, the slot of a rank is its mixed-radix number with digits in that order. Placing slot
 * {@code s} on the {@code s}-th accelerator of a locality-ordered list keeps the inner dimensions'
 * groups inside the smallest domains.
 */
public final class Nestings {

  static final int TP = 0;
  static final int CP = 1;
  static final int PP = 2;
  static final int DP = 3;

  private Nestings() {}

  /** Every nesting of the dimensions of size > 1 (dimensions of size 1 make no difference). */
  public static List<int[]> nestings(Parallelism p) {
    int[] sizes = sizes(p);
    List<Integer> used = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      if (sizes[d] > 1) {
        used.add(d);
      }
    }
    List<int[]> result = new ArrayList<>();
    permute(used, 0, result);
    if (result.isEmpty()) {
      result.add(new int[0]);
    }
    return result;
  }

  /** The slot of every rank under {@code nesting} (innermost first). */
  public static int[] slots(Parallelism p, int[] nesting) {
    int[] sizes = sizes(p);
    int n = p.size();
    int[] slots = new int[n];
    int[] index = new int[4];
    for (int rank = 0; rank < n; rank++) {
      index[TP] = p.tpIndex(rank);
      index[CP] = p.cpIndex(rank);
      index[PP] = p.ppIndex(rank);
      index[DP] = p.dpIndex(rank);
      int slot = 0;
      int weight = 1;
      for (int d : nesting) {
        slot += index[d] * weight;
        weight *= sizes[d];
      }
      slots[rank] = slot;
    }
    return slots;
  }

  /** Rank {@code r} on {@code accelerators[slots[r]]}. */
  public static int[] place(int[] slots, int[] accelerators) {
    int[] placement = new int[slots.length];
    for (int r = 0; r < slots.length; r++) {
      placement[r] = accelerators[slots[r]];
    }
    return placement;
  }

  /** One placement per nesting: slot {@code s} on {@code accelerators[s]}. */
  public static List<int[]> placements(Parallelism p, int[] accelerators) {
    List<int[]> result = new ArrayList<>();
    for (int[] nesting : nestings(p)) {
      result.add(place(slots(p, nesting), accelerators));
    }
    return result;
  }

  /**
   * Reorders locality-sorted accelerators so that as many runs of {@code chunk} as possible lie in
   * one domain: at the lowest level whose domains hold a chunk, each domain's whole chunks come
   * first (in locality order), then the leftovers (in locality order). With chunk = the innermost
   * dimension's size, its groups then straddle domains only where free capacity forces it.
   */
  public static int[] alignChunks(TopologyView topology, int[] sorted, int chunk) {
    if (chunk <= 1 || sorted.length <= chunk) {
      return sorted;
    }
    int level = 1;
    while (level < topology.levelCount() - 1 && topology.memberCount(level, 0) < chunk) {
      level++;
    }
    int[] aligned = new int[sorted.length];
    int[] leftovers = new int[sorted.length];
    int head = 0;
    int tail = 0;
    int i = 0;
    while (i < sorted.length) {
      int domain = topology.domainOf(sorted[i], level);
      int j = i;
      while (j < sorted.length && topology.domainOf(sorted[j], level) == domain) {
        j++;
      }
      int whole = (j - i) / chunk * chunk;
      System.arraycopy(sorted, i, aligned, head, whole);
      head += whole;
      System.arraycopy(sorted, i + whole, leftovers, tail, j - i - whole);
      tail += j - i - whole;
      i = j;
    }
    System.arraycopy(leftovers, 0, aligned, head, tail);
    return aligned;
  }

  /** Size of the innermost dimension of {@code nesting} (1 for the empty nesting). */
  public static int innermost(Parallelism p, int[] nesting) {
    return nesting.length == 0 ? 1 : sizes(p)[nesting[0]];
  }

  private static int[] sizes(Parallelism p) {
    return new int[] {p.tp(), p.cp(), p.pp(), p.dp()};
  }

  private static void permute(List<Integer> items, int from, List<int[]> out) {
    if (items.isEmpty()) {
      return;
    }
    if (from == items.size()) {
      out.add(items.stream().mapToInt(Integer::intValue).toArray());
      return;
    }
    for (int i = from; i < items.size(); i++) {
      java.util.Collections.swap(items, from, i);
      permute(items, from + 1, out);
      java.util.Collections.swap(items, from, i);
    }
  }
}
