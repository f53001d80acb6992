package dev.podium.api.placement;

/**
 * How much of a dataset a set of accelerators' hosts already hold: the source behind {@link
 * ClusterView#datasetLocality}. The storage model implements it from the hosts' NVMe shard caches
 * ({@code storage-tiers}' {@code CacheLocality}); a scheduler's cluster state is given one and
 * answers the view's question with it.
 *
 * <p><b>Contract.</b> {@link #score} is in [0, 1], does not change what it scores (no cache read is
 * counted, no popularity touched) and is stable while the cluster view it serves is. Not required
 * to be thread-safe.
 */
@FunctionalInterface
public interface LocalityHint {

  /** No locality information: every accelerator set scores 0. */
  LocalityHint NONE = (dataset, accelerators) -> 0;

  /**
   * The fraction of {@code dataset}'s data already held on the hosts of {@code accelerators}; 0
   * when {@code dataset} is null or unknown or {@code accelerators} is empty.
   */
  double score(String dataset, int[] accelerators);
}
