package dev.podium.storage.locality;

/**
 * How much of a dataset a set of hosts already holds. Proposed for scheduler-api as a {@code
 * ClusterView} method ({@code docs/STORAGE.md}); it uses JDK types only so it can move there as is.
 *
 * <p><b>Contract.</b> {@link #score} is in [0, 1], does not change the caches (no read is counted,
 * no popularity touched) and is stable while the view is. Not required to be thread-safe.
 */
@FunctionalInterface
public interface LocalityHint {

  /** No locality information: every host set scores 0. */
  LocalityHint NONE = (dataset, hosts) -> 0;

  /**
   * The fraction of {@code dataset}'s shards cached on any of {@code hosts} (host-level domain ids);
   * 0 when {@code dataset} is null or unknown or {@code hosts} is empty.
   */
  double score(String dataset, int[] hosts);
}
