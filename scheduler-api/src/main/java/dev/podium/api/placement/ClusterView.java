package dev.podium.api.placement;

import dev.podium.api.topology.TopologyView;

/**
 * Read-only state of a cluster at one instant: its topology and which accelerators are free,
 * healthy, or held by which job.
 *
 * <p><b>Contract.</b> A view does not change while a policy uses it. Queries are O(1), except
 * {@link #nextFree}, which is proportional to the ids skipped divided by 64. Not required to be
 * thread-safe; a policy must not keep a view after {@code place} returns.
 */
public interface ClusterView {

  /** The fabric's locality structure. */
  TopologyView topology();

  /** The accelerator catalog key of the fabric's accelerators (e.g. {@code H100}). */
  String acceleratorKind();

  /** True when {@code accelerator} is healthy and held by no job. */
  boolean isFree(int accelerator);

  /** True when {@code accelerator} is not failed or drained. */
  boolean isHealthy(int accelerator);

  /** The id of the job holding {@code accelerator}, or null. */
  String jobAt(int accelerator);

  /** Free accelerators in domain {@code domain} of {@code level}. */
  int freeCount(int level, int domain);

  /** Free accelerators in the whole fabric. */
  default int freeCount() {
    int top = topology().levelCount() - 1;
    return freeCount(top, 0);
  }

  /** Healthy accelerators, free or held. */
  default int healthyCount() {
    int healthy = 0;
    for (int a = 0; a < topology().acceleratorCount(); a++) {
      if (isHealthy(a)) {
        healthy++;
      }
    }
    return healthy;
  }

  /**
   * The lowest free accelerator id in {@code [from, toExclusive)}, or -1 when there is none.
   */
  int nextFree(int from, int toExclusive);

  /**
   * The fraction in [0, 1] of {@code dataset}'s data already cached on the hosts of {@code
   * accelerators} (for example the shards on their NVMe); 0 when the dataset is null or unknown, or
   * when the view has no locality information (the default). Asking does not touch any cache (no
   * read is counted, no popularity changed), and the answer is stable while the view is. Cost is
   * proportional to the accelerators given; a policy should ask once per candidate set, and only
   * when {@link #hasDatasetLocality()}.
   */
  default double datasetLocality(String dataset, int[] accelerators) {
    return 0;
  }

  /** True when {@link #datasetLocality} may be non-zero; false lets a policy skip it at no cost. */
  default boolean hasDatasetLocality() {
    return false;
  }
}
