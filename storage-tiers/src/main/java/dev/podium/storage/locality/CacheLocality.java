package dev.podium.storage.locality;

import dev.podium.api.placement.LocalityHint;
import dev.podium.storage.cache.Dataset;
import dev.podium.storage.cache.ShardCaches;
import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link LocalityHint} of the hosts' shard caches: shards of the dataset cached on the hosts of
 * the accelerators over all its shards. Scoring reads the caches' resident index only: it counts no
 * read and changes no popularity, so a scheduler may ask as often as it likes.
 */
public final class CacheLocality implements LocalityHint {

  private final ShardCaches caches;
  private final Fabric fabric;
  private final Map<String, Dataset> datasets = new LinkedHashMap<>();

  /** A hint over {@code caches} for the datasets jobs may name; accelerators map to hosts of {@code fabric}. */
  public CacheLocality(ShardCaches caches, Fabric fabric, Collection<Dataset> datasets) {
    this.caches = Objects.requireNonNull(caches, "caches");
    this.fabric = Objects.requireNonNull(fabric, "fabric");
    if (fabric.hostCount() != caches.hosts()) {
      throw new IllegalArgumentException("locality: fabric " + fabric.name() + " has " + fabric.hostCount()
          + " hosts, the caches " + caches.hosts());
    }
    for (Dataset d : datasets) {
      if (this.datasets.putIfAbsent(d.name(), d) != null) {
        throw new IllegalArgumentException("dataset " + d.name() + " is given twice");
      }
    }
  }

  /** The fraction of {@code dataset}'s shards cached on the hosts of {@code accelerators}. */
  @Override
  public double score(String dataset, int[] accelerators) {
    Dataset d = dataset == null ? null : datasets.get(dataset);
    if (d == null || accelerators.length == 0) {
      return 0;
    }
    int level = fabric.hostLevel();
    BitSet union = new BitSet();
    int last = -1;
    for (int a : accelerators) {
      int host = fabric.domainOf(a, level);
      if (host != last) {
        caches.addCachedShards(d.name(), host, union);
        last = host;
      }
    }
    return (double) union.cardinality() / d.shards();
  }

  /** The score of host ids {@code hosts} (host-level domains) for dataset {@code dataset}. */
  public double scoreOfHosts(String dataset, int[] hosts) {
    Dataset d = dataset == null ? null : datasets.get(dataset);
    if (d == null || hosts.length == 0) {
      return 0;
    }
    return (double) caches.cachedShards(d.name(), hosts).cardinality() / d.shards();
  }

  /** The distinct hosts (host-level domains) of {@code accelerators}, ascending. */
  public static int[] hostsOf(Fabric fabric, int[] accelerators) {
    int level = fabric.hostLevel();
    return Arrays.stream(accelerators).map(a -> fabric.domainOf(a, level)).distinct().sorted().toArray();
  }
}
