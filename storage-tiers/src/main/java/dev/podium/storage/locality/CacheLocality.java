package dev.podium.storage.locality;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.cache.ShardCaches;
import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The locality hint of the hosts' shard caches: cached shards of the dataset on those hosts over all its shards. */
public final class CacheLocality implements LocalityHint {

  private final ShardCaches caches;
  private final Map<String, Dataset> datasets = new LinkedHashMap<>();

  /** A hint over {@code caches} for the datasets jobs may name. */
  public CacheLocality(ShardCaches caches, Collection<Dataset> datasets) {
    this.caches = Objects.requireNonNull(caches, "caches");
    for (Dataset d : datasets) {
      if (this.datasets.putIfAbsent(d.name(), d) != null) {
        throw new IllegalArgumentException("dataset " + d.name() + " is given twice");
      }
    }
  }

  @Override
  public double score(String dataset, int[] hosts) {
    Dataset d = dataset == null ? null : datasets.get(dataset);
    return d == null ? 0 : scoreOf(d, hosts);
  }

  /** The fraction of {@code dataset}'s shards cached on any of {@code hosts}. */
  public double scoreOf(Dataset dataset, int[] hosts) {
    if (hosts.length == 0) {
      return 0;
    }
    return (double) caches.cachedShards(dataset.name(), hosts).cardinality() / dataset.shards();
  }

  /** The score of the hosts that hold {@code accelerators} in {@code fabric}. */
  public double scoreOfAccelerators(String dataset, Fabric fabric, int[] accelerators) {
    return score(dataset, hostsOf(fabric, accelerators));
  }

  /** The distinct hosts (host-level domains) of {@code accelerators}, ascending. */
  public static int[] hostsOf(Fabric fabric, int[] accelerators) {
    int level = fabric.hostLevel();
    return Arrays.stream(accelerators).map(a -> fabric.domainOf(a, level)).distinct().sorted().toArray();
  }
}
