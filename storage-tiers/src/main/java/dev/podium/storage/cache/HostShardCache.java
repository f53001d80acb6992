package dev.podium.storage.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One host's NVMe shard cache. A Caffeine cache with {@code maximumWeight} = the NVMe capacity and a
 * weigher = shard bytes decides what stays: its window TinyLFU admits a new shard into the main
 * space only when the frequency sketch rates it above the shard it would evict. Maintenance runs on
 * the calling thread ({@code executor(Runnable::run)}), so evictions have happened when a call
 * returns. Caffeine weights are {@code int}s: shards are weighed in KiB, rounded up, which allows
 * shards up to 2 TiB. Not thread-safe: one simulation thread owns it.
 */
public final class HostShardCache {

  /** Bytes per unit of Caffeine weight. */
  public static final long WEIGHT_UNIT_BYTES = 1024;

  private final int host;
  private final long capacityBytes;
  private final Cache<ShardKey, Long> cache;
  private final Map<String, BitSet> resident = new HashMap<>();
  private long residentShards;
  private long residentBytes;

  /** An empty cache for host {@code host} holding up to {@code capacityBytes}. */
  public HostShardCache(int host, long capacityBytes) {
    if (capacityBytes < WEIGHT_UNIT_BYTES) {
      throw new IllegalArgumentException("host " + host + ": cache capacity must be >= " + WEIGHT_UNIT_BYTES
          + " bytes, was " + capacityBytes);
    }
    this.host = host;
    this.capacityBytes = capacityBytes;
    this.cache = Caffeine.newBuilder()
        .maximumWeight(capacityBytes / WEIGHT_UNIT_BYTES)
        .weigher((ShardKey key, Long bytes) -> weight(bytes))
        .evictionListener((ShardKey key, Long bytes, RemovalCause cause) -> forget(key, bytes))
        .executor(Runnable::run)
        .recordStats()
        .build();
  }

  /** The host this cache belongs to. */
  public int host() {
    return host;
  }

  /** The NVMe capacity the cache may fill. */
  public long capacityBytes() {
    return capacityBytes;
  }

  /**
   * Reads one shard: a hit when it is cached; on a miss the shard is fetched from the tier below and
   * offered to the cache, which admits or rejects it by its policy.
   */
  public CacheRead read(Dataset dataset, int shard) {
    ShardKey key = key(dataset, shard);
    if (cache.getIfPresent(key) != null) {
      return CacheRead.HIT;
    }
    offer(key, dataset.shardBytes());
    return CacheRead.MISS;
  }

  /**
   * Prefetches {@code shards} of {@code dataset}; staging counts as neither hit nor miss. Returns
   * how many of them are cached afterwards: all when they fit, fewer when the cache is full and its
   * admission policy keeps more popular shards.
   */
  public int stage(Dataset dataset, int[] shards) {
    for (int shard : shards) {
      ShardKey key = key(dataset, shard);
      if (!contains(key)) {
        offer(key, dataset.shardBytes());
      }
    }
    cache.cleanUp();
    int cached = 0;
    for (int shard : shards) {
      cached += contains(dataset, shard) ? 1 : 0;
    }
    return cached;
  }

  /** True when the shard is cached; does not count as a read or touch its popularity. */
  public boolean contains(Dataset dataset, int shard) {
    return contains(new ShardKey(dataset.name(), dataset.checkShard(shard)));
  }

  /** The cached shard indices of dataset {@code name} (a copy). */
  public BitSet cachedShards(String name) {
    BitSet shards = resident.get(name);
    return shards == null ? new BitSet() : (BitSet) shards.clone();
  }

  /** Adds the cached shard indices of dataset {@code name} to {@code into}. */
  public void addCachedShards(String name, BitSet into) {
    BitSet shards = resident.get(name);
    if (shards != null) {
      into.or(shards);
    }
  }

  /** Bytes of the cached shards. */
  public long usedBytes() {
    return residentBytes;
  }

  /** Hits, misses, evictions and what is resident, from Caffeine's statistics. */
  public ShardCacheStats stats() {
    cache.cleanUp();
    CacheStats stats = cache.stats();
    return new ShardCacheStats(stats.hitCount(), stats.missCount(), stats.evictionCount(), residentShards,
        residentBytes);
  }

  /** Hits over reads so far; 0 before the first read. */
  public double hitRate() {
    return stats().hitRate();
  }

  /** Drops every shard, as when the host or its drives are replaced; counters are kept. */
  public void clear() {
    cache.invalidateAll();
    cache.cleanUp();
    resident.clear();
    residentShards = 0;
    residentBytes = 0;
  }

  /** The keys Caffeine holds now, to check the resident index against. */
  Set<ShardKey> residentKeys() {
    cache.cleanUp();
    return Set.copyOf(cache.asMap().keySet());
  }

  private ShardKey key(Dataset dataset, int shard) {
    if (weight(dataset.shardBytes()) > capacityBytes / WEIGHT_UNIT_BYTES) {
      throw new IllegalArgumentException("dataset " + dataset.name() + ": one shard (" + dataset.shardBytes()
          + " bytes) is larger than host " + host + "'s cache (" + capacityBytes + " bytes)");
    }
    return new ShardKey(dataset.name(), dataset.checkShard(shard));
  }

  private boolean contains(ShardKey key) {
    BitSet shards = resident.get(key.dataset());
    return shards != null && shards.get(key.shard());
  }

  /** Records the shard as resident, then puts it; if Caffeine evicts it, the listener forgets it. */
  private void offer(ShardKey key, long bytes) {
    resident.computeIfAbsent(key.dataset(), d -> new BitSet()).set(key.shard());
    residentShards++;
    residentBytes += bytes;
    cache.put(key, bytes);
  }

  private void forget(ShardKey key, Long bytes) {
    BitSet shards = resident.get(key.dataset());
    if (shards != null && shards.get(key.shard())) {
      shards.clear(key.shard());
      residentShards--;
      residentBytes -= bytes;
    }
  }

  private static int weight(long bytes) {
    long units = (bytes + WEIGHT_UNIT_BYTES - 1) / WEIGHT_UNIT_BYTES;
    if (units > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("shard of " + bytes + " bytes exceeds the 2 TiB a cache entry may weigh");
    }
    return (int) units;
  }
}
