package dev.podium.storage.cache;

/** The cache key of one shard: dataset name and shard index. */
record ShardKey(String dataset, int shard) {}
