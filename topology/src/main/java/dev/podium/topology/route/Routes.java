package dev.podium.topology.route;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.common.primitives.ImmutableIntArray;
import dev.podium.topology.fabric.Fabric;
import java.util.Objects;

/**
 * The equal-cost paths of one fabric, computed on first request per (source, target) pair and kept
 * in a bounded Caffeine cache.
 *
 * <p>Paths are the fewest-hop paths inside the lowest locality domain that holds both endpoints and
 * connects them: two GPUs of one host talk over their NVLink host vertex, two GPUs of one rack
 * through the rack switch, and the search never leaves that domain (see {@code docs/TOPOLOGY.md},
 * "Routes"). GPUs do not forward from NVLink to their NIC, so two rails of a rail-optimized unit
 * meet at the spines; only where rails meet nowhere else do paths relay through a host (PXN). Up to {@link #maxPaths()} paths are enumerated, the first in lexicographic order of
 * their link ids; {@link EqualCostPaths#totalPaths()} counts them all. {@link #ecmpPick} chooses
 * among all of them, enumerated or not.
 *
 * <p>Thread-safe: results are immutable, each thread searches with its own scratch arrays, and
 * concurrent requests for one pair compute it once.
 */
public final class Routes {

  /** Paths enumerated per pair unless configured otherwise. */
  public static final int DEFAULT_MAX_PATHS = 64;

  /** Cache budget in ints (4 bytes each) unless configured otherwise: 32 MiB. */
  public static final long DEFAULT_CACHE_INTS = 8L << 20;

  private final Fabric fabric;
  private final int maxPaths;
  private final ThreadLocal<FewestHopSearch> searches;
  private final LoadingCache<Long, PathDag> cache;

  /** Routes of {@code fabric} with the default path cap and cache budget. */
  public Routes(Fabric fabric) {
    this(fabric, DEFAULT_MAX_PATHS, DEFAULT_CACHE_INTS);
  }

  /**
   * @param fabric the fabric to route in
   * @param maxPaths paths enumerated per pair, at least 1
   * @param maximumCachedInts cache budget in ints of cached paths, at least 1
   */
  public Routes(Fabric fabric, int maxPaths, long maximumCachedInts) {
    this.fabric = Objects.requireNonNull(fabric, "fabric");
    if (maxPaths < 1) {
      throw new IllegalArgumentException("maxPaths must be >= 1, was " + maxPaths);
    }
    if (maximumCachedInts < 1) {
      throw new IllegalArgumentException("maximumCachedInts must be >= 1, was " + maximumCachedInts);
    }
    this.maxPaths = maxPaths;
    this.searches = ThreadLocal.withInitial(() -> new FewestHopSearch(fabric));
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maximumCachedInts)
        .weigher((Long pair, PathDag dag) -> dag.weight())
        .executor(Runnable::run)
        .build(this::compute);
  }

  /** The fabric these routes run in. */
  public Fabric fabric() {
    return fabric;
  }

  /** Paths enumerated per pair. */
  public int maxPaths() {
    return maxPaths;
  }

  /**
   * The fewest-hop paths from {@code source} to {@code target} (any vertex ids, typically
   * accelerators); a single path of no hops when they are equal.
   *
   * @throws IllegalStateException when no path joins them
   */
  public EqualCostPaths paths(int source, int target) {
    return dag(source, target).paths();
  }

  /**
   * The links of the path that ECMP gives the flow with hash {@code flowHash}, source side first.
   *
   * <p>Models per-hop ECMP on the flow's 5-tuple (source and destination address and port,
   * protocol; for RoCE E-ECMP also the destination queue pair): every vertex with several next hops
   * toward the target picks one by the flow hash mixed with a seed of its own, as switches with
   * distinct hash seeds do. The same hash always takes the same path; any of the fewest-hop paths
   * can be picked, also when more exist than are enumerated.
   */
  public ImmutableIntArray ecmpPick(int source, int target, long flowHash) {
    PathDag dag = dag(source, target);
    int[] links = new int[dag.paths().hops()];
    dag.ecmpWalk(flowHash, links);
    return ImmutableIntArray.copyOf(links);
  }

  /**
   * {@link #ecmpPick(int, int, long)} without allocating a result: writes the links into {@code
   * links} (at least as long as the path) and returns the number of hops.
   */
  public int ecmpPick(int source, int target, long flowHash, int[] links) {
    return dag(source, target).ecmpWalk(flowHash, links);
  }

  private PathDag dag(int source, int target) {
    checkVertex(source);
    checkVertex(target);
    return cache.get(((long) source << 32) | (target & 0xffffffffL));
  }

  private PathDag compute(Long pair) {
    int source = (int) (pair >>> 32);
    int target = (int) (long) pair;
    return searches.get().search(source, target, maxPaths);
  }

  private void checkVertex(int vertex) {
    if (vertex < 0 || vertex >= fabric.vertexCount()) {
      throw new IndexOutOfBoundsException("vertex " + vertex + " of " + fabric.vertexCount());
    }
  }
}
