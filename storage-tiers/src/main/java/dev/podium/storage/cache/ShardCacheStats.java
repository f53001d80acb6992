package dev.podium.storage.cache;

/**
 * Counters of one or more shard caches. Hits and misses count reads only, not staging.
 *
 * @param hits reads served from the cache
 * @param misses reads fetched from the tier below
 * @param evictions shards Caffeine evicted (including new shards its admission policy rejected)
 * @param residentShards shards in the cache now
 * @param residentBytes bytes of those shards
 */
public record ShardCacheStats(long hits, long misses, long evictions, long residentShards, long residentBytes) {

  /** Nothing read, nothing resident. */
  public static final ShardCacheStats EMPTY = new ShardCacheStats(0, 0, 0, 0, 0);

  /** Reads, hits plus misses. */
  public long reads() {
    return hits + misses;
  }

  /** Hits over reads; 0 before the first read. */
  public double hitRate() {
    return reads() == 0 ? 0 : (double) hits / reads();
  }

  /** The sum of these counters and {@code other}'s. */
  public ShardCacheStats plus(ShardCacheStats other) {
    return new ShardCacheStats(hits + other.hits, misses + other.misses, evictions + other.evictions,
        residentShards + other.residentShards, residentBytes + other.residentBytes);
  }
}
