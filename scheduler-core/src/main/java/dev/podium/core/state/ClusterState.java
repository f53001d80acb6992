package dev.podium.core.state;

import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.LocalityHint;
import dev.podium.api.topology.TopologyView;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scheduler's single-writer record of the cluster; also the {@link ClusterView} policies read.
 *
 * <p>Changes are all-or-nothing: an allocation that names a busy, unhealthy or repeated accelerator
 * changes nothing. Not thread-safe.
 */
public final class ClusterState implements ClusterView {

  private final TopologyView topology;
  private final String acceleratorKind;
  private final int top;
  private final BitSet free;
  private final BitSet healthy;
  private final String[] holder;
  private final int[][] freePerDomain;
  private final Map<String, int[]> allocations = new LinkedHashMap<>();
  private LocalityHint locality;

  /** An empty, fully healthy cluster. */
  public ClusterState(TopologyView topology, String acceleratorKind) {
    this.topology = Objects.requireNonNull(topology, "topology");
    this.acceleratorKind = Objects.requireNonNull(acceleratorKind, "acceleratorKind");
    int n = topology.acceleratorCount();
    this.top = topology.levelCount() - 1;
    this.free = new BitSet(n);
    free.set(0, n);
    this.healthy = new BitSet(n);
    healthy.set(0, n);
    this.holder = new String[n];
    this.freePerDomain = new int[top + 1][];
    for (int level = 1; level <= top; level++) {
      int[] counts = new int[topology.domainCount(level)];
      for (int d = 0; d < counts.length; d++) {
        counts[d] = topology.memberCount(level, d);
      }
      freePerDomain[level] = counts;
    }
  }

  private ClusterState(ClusterState other) {
    this.topology = other.topology;
    this.acceleratorKind = other.acceleratorKind;
    this.top = other.top;
    this.free = (BitSet) other.free.clone();
    this.healthy = (BitSet) other.healthy.clone();
    this.holder = other.holder.clone();
    this.freePerDomain = new int[top + 1][];
    for (int level = 1; level <= top; level++) {
      freePerDomain[level] = other.freePerDomain[level].clone();
    }
    other.allocations.forEach((job, accelerators) -> allocations.put(job, accelerators));
    this.locality = other.locality;
  }

  /** An independent copy, for what-if planning (preemption). */
  public ClusterState copy() {
    return new ClusterState(this);
  }

  @Override
  public TopologyView topology() {
    return topology;
  }

  @Override
  public String acceleratorKind() {
    return acceleratorKind;
  }

  @Override
  public boolean isFree(int accelerator) {
    check(accelerator);
    return free.get(accelerator);
  }

  @Override
  public boolean isHealthy(int accelerator) {
    check(accelerator);
    return healthy.get(accelerator);
  }

  @Override
  public String jobAt(int accelerator) {
    check(accelerator);
    return holder[accelerator];
  }

  @Override
  public int freeCount(int level, int domain) {
    if (level == 0) {
      return isFree(domain) ? 1 : 0;
    }
    return freePerDomain[level][domain];
  }

  @Override
  public int nextFree(int from, int toExclusive) {
    int next = free.nextSetBit(Math.max(0, from));
    return next >= 0 && next < toExclusive ? next : -1;
  }

  /**
   * Answers {@link #datasetLocality} from {@code hint} from now on (null: no locality, the
   * default). Copies share the hint.
   */
  public void useLocality(LocalityHint hint) {
    this.locality = hint;
  }

  @Override
  public boolean hasDatasetLocality() {
    return locality != null;
  }

  /** The hint's score, clamped to [0, 1]; 0 without a hint, a dataset or accelerators. */
  @Override
  public double datasetLocality(String dataset, int[] accelerators) {
    if (locality == null || dataset == null || accelerators.length == 0) {
      return 0;
    }
    double score = locality.score(dataset, accelerators);
    return score > 0 ? Math.min(1, score) : 0;
  }

  @Override
  public int healthyCount() {
    return healthy.cardinality();
  }

  /** Jobs holding accelerators, in allocation order. */
  public Map<String, int[]> allocations() {
    return java.util.Collections.unmodifiableMap(allocations);
  }

  /** The accelerators {@code job} holds, or null. */
  public int[] allocation(String job) {
    int[] held = allocations.get(job);
    return held == null ? null : held.clone();
  }

  /**
   * Gives {@code accelerators} to {@code job}, all or nothing.
   *
   * @throws IllegalArgumentException naming the first accelerator that is busy, unhealthy or repeated,
   *     or when {@code job} already holds accelerators
   */
  public void allocate(String job, int[] accelerators) {
    Objects.requireNonNull(job, "job");
    if (allocations.containsKey(job)) {
      throw new IllegalArgumentException("job " + job + " already holds accelerators");
    }
    BitSet seen = new BitSet();
    for (int accelerator : accelerators) {
      check(accelerator);
      if (seen.get(accelerator)) {
        throw new IllegalArgumentException("job " + job + ": accelerator " + accelerator + " named twice");
      }
      seen.set(accelerator);
      if (!healthy.get(accelerator)) {
        throw new IllegalArgumentException("job " + job + ": accelerator " + accelerator + " is unhealthy");
      }
      if (!free.get(accelerator)) {
        throw new IllegalArgumentException("job " + job + ": accelerator " + accelerator + " is held by " + holder[accelerator]);
      }
    }
    for (int accelerator : accelerators) {
      holder[accelerator] = job;
      setFree(accelerator, false);
    }
    allocations.put(job, accelerators.clone());
  }

  /** Releases everything {@code job} holds; returns what it held (empty when nothing). */
  public int[] release(String job) {
    int[] held = allocations.remove(job);
    if (held == null) {
      return new int[0];
    }
    for (int accelerator : held) {
      holder[accelerator] = null;
      if (healthy.get(accelerator)) {
        setFree(accelerator, true);
      }
    }
    return held;
  }

  /** Marks {@code accelerator} failed; returns the job holding it, or null. */
  public String fail(int accelerator) {
    check(accelerator);
    if (healthy.get(accelerator)) {
      healthy.clear(accelerator);
      if (free.get(accelerator)) {
        setFree(accelerator, false);
      }
    }
    return holder[accelerator];
  }

  /** Marks {@code accelerator} repaired; it becomes free unless a job still holds it. */
  public void repair(int accelerator) {
    check(accelerator);
    if (!healthy.get(accelerator)) {
      healthy.set(accelerator);
      if (holder[accelerator] == null) {
        setFree(accelerator, true);
      }
    }
  }

  private void setFree(int accelerator, boolean isFree) {
    if (isFree) {
      free.set(accelerator);
    } else {
      free.clear(accelerator);
    }
    int delta = isFree ? 1 : -1;
    for (int level = 1; level <= top; level++) {
      freePerDomain[level][topology.domainOf(accelerator, level)] += delta;
    }
  }

  private void check(int accelerator) {
    if (accelerator < 0 || accelerator >= holder.length) {
      throw new IndexOutOfBoundsException("accelerator " + accelerator + " of " + holder.length);
    }
  }

  /** For tests and assertions: recounts the index from scratch and compares. */
  public boolean indexConsistent() {
    for (int level = 1; level <= top; level++) {
      int[] expected = new int[freePerDomain[level].length];
      for (int a = free.nextSetBit(0); a >= 0; a = free.nextSetBit(a + 1)) {
        expected[topology.domainOf(a, level)]++;
      }
      if (!Arrays.equals(expected, freePerDomain[level])) {
        return false;
      }
    }
    Map<String, Integer> counted = new HashMap<>();
    for (String job : holder) {
      if (job != null) {
        counted.merge(job, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, int[]> e : allocations.entrySet()) {
      if (counted.getOrDefault(e.getKey(), 0) != e.getValue().length) {
        return false;
      }
    }
    return counted.size() == allocations.size();
  }
}
