package dev.podium.core.contract;

import dev.podium.core.state.ClusterState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a policy could change in a {@link ClusterState}, copied out so two instants compare.
 *
 * @param free free accelerators
 * @param healthy healthy accelerators
 * @param holders the job holding each accelerator, or null
 * @param allocations each job's accelerators
 * @param freeCounts the free-capacity index: free count per domain, per level from 1
 * @param indexConsistent whether the index matched a recount
 */
public record ViewSnapshot(BitSet free, BitSet healthy, List<String> holders, Map<String, List<Integer>> allocations,
    List<List<Integer>> freeCounts, boolean indexConsistent) {

  /** Copies {@code state} now. */
  public static ViewSnapshot of(ClusterState state) {
    int n = state.topology().acceleratorCount();
    BitSet free = new BitSet(n);
    BitSet healthy = new BitSet(n);
    List<String> holders = new ArrayList<>(n);
    for (int a = 0; a < n; a++) {
      free.set(a, state.isFree(a));
      healthy.set(a, state.isHealthy(a));
      holders.add(state.jobAt(a));
    }
    Map<String, List<Integer>> allocations = new TreeMap<>();
    state.allocations().forEach((job, held) -> allocations.put(job, Arrays.stream(held).boxed().toList()));
    List<List<Integer>> freeCounts = new ArrayList<>();
    for (int level = 1; level < state.topology().levelCount(); level++) {
      List<Integer> counts = new ArrayList<>();
      for (int d = 0; d < state.topology().domainCount(level); d++) {
        counts.add(state.freeCount(level, d));
      }
      freeCounts.add(counts);
    }
    return new ViewSnapshot(free, healthy, holders, allocations, freeCounts, state.indexConsistent());
  }

  /** What differs from {@code before}, for a failure message; empty when nothing does. */
  public String changesSince(ViewSnapshot before) {
    List<String> changes = new ArrayList<>();
    if (!free.equals(before.free)) {
      BitSet diff = (BitSet) free.clone();
      diff.xor(before.free);
      changes.add("free flags of accelerators " + first(diff));
    }
    if (!healthy.equals(before.healthy)) {
      BitSet diff = (BitSet) healthy.clone();
      diff.xor(before.healthy);
      changes.add("health of accelerators " + first(diff));
    }
    if (!holders.equals(before.holders)) {
      changes.add("holders of accelerators");
    }
    if (!allocations.keySet().equals(before.allocations.keySet())) {
      changes.add("jobs holding accelerators: " + before.allocations.keySet() + " -> " + allocations.keySet());
    } else if (!allocations.equals(before.allocations)) {
      changes.add("accelerators of some job");
    }
    if (!freeCounts.equals(before.freeCounts)) {
      changes.add("free counts per domain");
    }
    if (before.indexConsistent && !indexConsistent) {
      changes.add("the free-capacity index no longer matches a recount");
    }
    return String.join("; ", changes);
  }

  private static String first(BitSet bits) {
    String all = bits.toString();
    return all.length() > 80 ? all.substring(0, 80) + "...}" : all;
  }
}
