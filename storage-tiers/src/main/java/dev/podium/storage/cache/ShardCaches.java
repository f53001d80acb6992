package dev.podium.storage.cache;

import dev.podium.storage.tier.StorageSystem;
import java.util.BitSet;

/**
 * The shard caches of all hosts of a storage system, created on first use. A job spread over hosts
 * {@code h[0..n)} reads shard {@code s} on host {@code h[s % n]} (a static round-robin partition), so
 * staging and reading agree on where each shard lives. Not thread-safe.
 */
public final class ShardCaches {

  private final long capacityBytes;
  private final HostShardCache[] caches;

  /** One cache per host of {@code system}, each as large as one host's NVMe. */
  public ShardCaches(StorageSystem system) {
    this(system.hosts(), system.nvme().capacityBytes());
  }

  /** {@code hosts} caches of {@code capacityBytes} each. */
  public ShardCaches(int hosts, long capacityBytes) {
    if (hosts < 1) {
      throw new IllegalArgumentException("shard caches: hosts must be >= 1, was " + hosts);
    }
    this.capacityBytes = capacityBytes;
    this.caches = new HostShardCache[hosts];
  }

  /** Number of hosts. */
  public int hosts() {
    return caches.length;
  }

  /** Host {@code host}'s cache. */
  public HostShardCache host(int host) {
    if (host < 0 || host >= caches.length) {
      throw new IndexOutOfBoundsException("host " + host + " outside [0, " + caches.length + ")");
    }
    if (caches[host] == null) {
      caches[host] = new HostShardCache(host, capacityBytes);
    }
    return caches[host];
  }

  /** The host of {@code hosts} that holds shard {@code shard}: {@code hosts[shard % hosts.length]}. */
  public static int owner(int shard, int[] hosts) {
    if (hosts.length == 0) {
      throw new IllegalArgumentException("a job needs at least one host");
    }
    return hosts[shard % hosts.length];
  }

  /**
   * Stages (prefetches) the whole dataset onto {@code hosts}, each host taking its round-robin
   * part. Returns how many shards are cached on their hosts afterwards.
   */
  public int stage(Dataset dataset, int[] hosts) {
    int cached = 0;
    for (int i = 0; i < hosts.length; i++) {
      int count = (dataset.shards() - i + hosts.length - 1) / hosts.length;
      int[] part = new int[Math.max(0, count)];
      for (int k = 0; k < part.length; k++) {
        part[k] = i + k * hosts.length;
      }
      cached += host(hosts[i]).stage(dataset, part);
    }
    return cached;
  }

  /** Reads shard {@code shard} on the host of {@code hosts} that owns it. */
  public CacheRead read(Dataset dataset, int shard, int[] hosts) {
    return host(owner(dataset.checkShard(shard), hosts)).read(dataset, shard);
  }

  /** Reads every shard once (one epoch) on its owner; returns the fraction that hit. */
  public double readEpoch(Dataset dataset, int[] hosts) {
    long hits = 0;
    for (int s = 0; s < dataset.shards(); s++) {
      hits += read(dataset, s, hosts) == CacheRead.HIT ? 1 : 0;
    }
    return (double) hits / dataset.shards();
  }

  /** Shards of dataset {@code name} cached on any of {@code hosts}. */
  public BitSet cachedShards(String name, int[] hosts) {
    BitSet union = new BitSet();
    for (int h : hosts) {
      if (h < 0 || h >= caches.length) {
        throw new IndexOutOfBoundsException("host " + h + " outside [0, " + caches.length + ")");
      }
      if (caches[h] != null) {
        caches[h].addCachedShards(name, union);
      }
    }
    return union;
  }

  /** Adds the shards of dataset {@code name} cached on host {@code host} to {@code into}. */
  public void addCachedShards(String name, int host, BitSet into) {
    if (host < 0 || host >= caches.length) {
      throw new IndexOutOfBoundsException("host " + host + " outside [0, " + caches.length + ")");
    }
    if (caches[host] != null) {
      caches[host].addCachedShards(name, into);
    }
  }

  /** Counters summed over every host's cache. */
  public ShardCacheStats stats() {
    ShardCacheStats total = ShardCacheStats.EMPTY;
    for (HostShardCache cache : caches) {
      if (cache != null) {
        total = total.plus(cache.stats());
      }
    }
    return total;
  }
}
