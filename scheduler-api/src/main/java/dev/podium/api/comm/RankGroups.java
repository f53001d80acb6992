package dev.podium.api.comm;

import dev.podium.api.job.Parallelism;
import java.util.Arrays;

/**
 * Disjoint groups of ranks, each in its communication order. Stored as one flat array; immutable.
 */
public final class RankGroups {

  private final int[] offsets;
  private final int[] members;

  private RankGroups(int[] offsets, int[] members) {
    this.offsets = offsets;
    this.members = members;
  }

  /** Explicit groups; each must be non-empty and no rank may appear twice. */
  public static RankGroups of(int[][] groups) {
    int[] offsets = new int[groups.length + 1];
    for (int g = 0; g < groups.length; g++) {
      if (groups[g].length == 0) {
        throw new IllegalArgumentException("rank group " + g + " is empty");
      }
      offsets[g + 1] = offsets[g] + groups[g].length;
    }
    int[] members = new int[offsets[groups.length]];
    java.util.BitSet seen = new java.util.BitSet();
    for (int g = 0; g < groups.length; g++) {
      for (int i = 0; i < groups[g].length; i++) {
        int rank = groups[g][i];
        if (rank < 0 || seen.get(rank)) {
          throw new IllegalArgumentException("rank " + rank + " in group " + g + " is negative or repeated");
        }
        seen.set(rank);
        members[offsets[g] + i] = rank;
      }
    }
    return new RankGroups(offsets, members);
  }

  /**
   * The groups of dimension {@code dimension} of a gang: ranks that share every index but that
   * dimension's, ordered by that index. DP groups also span CP (context-parallel ranks hold the same
   * weights and reduce gradients together); EP groups are {@code ep} consecutive DP indices.
   */
  public static RankGroups of(Parallelism p, Dimension dimension) {
    int size = switch (dimension) {
      case TP -> p.tp();
      case CP -> p.cp();
      case PP -> p.pp();
      case DP -> p.dp() * p.cp();
      case EP -> p.ep();
    };
    int ranks = p.size();
    int count = ranks / size;
    int[] offsets = new int[count + 1];
    for (int g = 0; g <= count; g++) {
      offsets[g] = g * size;
    }
    int[] members = new int[ranks];
    int[] next = new int[count];
    int[] groupKeys = new int[ranks];
    java.util.Map<Long, Integer> keyToGroup = new java.util.HashMap<>();
    for (int rank = 0; rank < ranks; rank++) {
      long key = groupKey(p, dimension, rank);
      Integer g = keyToGroup.get(key);
      if (g == null) {
        g = keyToGroup.size();
        keyToGroup.put(key, g);
      }
      groupKeys[rank] = g;
    }
    for (int rank = 0; rank < ranks; rank++) {
      int g = groupKeys[rank];
      members[offsets[g] + next[g]++] = rank;
    }
    return new RankGroups(offsets, members);
  }

  /**
   * Expert-data-parallel groups of a mixture-of-experts gang: ranks that hold the same expert shard
   * (same TP and PP index, same position within their EP group), {@code dp * cp / ep} each.
   */
  public static RankGroups expertDataParallel(Parallelism p) {
    int ranks = p.size();
    java.util.Map<Long, java.util.List<Integer>> byKey = new java.util.LinkedHashMap<>();
    for (int rank = 0; rank < ranks; rank++) {
      long key = p.rank(p.tpIndex(rank), 0, p.ppIndex(rank), p.dpIndex(rank) % p.ep());
      byKey.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(rank);
    }
    return of(byKey.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new));
  }

  private static long groupKey(Parallelism p, Dimension dimension, int rank) {
    int tp = p.tpIndex(rank);
    int cp = p.cpIndex(rank);
    int pp = p.ppIndex(rank);
    int dp = p.dpIndex(rank);
    return switch (dimension) {
      case TP -> p.rank(0, cp, pp, dp);
      case CP -> p.rank(tp, 0, pp, dp);
      case PP -> p.rank(tp, cp, 0, dp);
      case DP -> p.rank(tp, 0, pp, 0);
      case EP -> p.rank(tp, cp, pp, dp - dp % p.ep());
    };
  }

  /** Number of groups. */
  public int count() {
    return offsets.length - 1;
  }

  /** Members of group {@code group}. */
  public int size(int group) {
    return offsets[group + 1] - offsets[group];
  }

  /** The {@code i}-th member of group {@code group}. */
  public int member(int group, int i) {
    return members[offsets[group] + i];
  }

  /** Total members over all groups. */
  public int totalMembers() {
    return members.length;
  }

  /** The members of one group as a new array. */
  public int[] group(int group) {
    return Arrays.copyOfRange(members, offsets[group], offsets[group + 1]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankGroups other && Arrays.equals(offsets, other.offsets)
        && Arrays.equals(members, other.members);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(members);
  }

  @Override
  public String toString() {
    return count() + " groups of " + (count() == 0 ? 0 : size(0)) + " ranks";
  }
}
