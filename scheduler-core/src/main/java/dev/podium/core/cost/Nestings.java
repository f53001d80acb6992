package dev.podium.core.cost;

import dev.podium.api.job.Parallelism;
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
