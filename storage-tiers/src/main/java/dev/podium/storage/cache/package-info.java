/**
 * Datasets in shards and the NVMe shard cache of every host. A {@link
 * dev.podium.storage.cache.HostShardCache} is a Caffeine cache bounded by the host's NVMe capacity
 * and weighed by shard size, so which shards stay is decided by Caffeine's W-TinyLFU policy
 * (a frequency sketch admits a new shard only when it is more popular than the one it would evict).
 * Maintenance runs on the calling thread, so a cache is deterministic up to Caffeine's own random
 * admission of warm candidates (see {@code docs/STORAGE.md}). {@link
 * dev.podium.storage.cache.ShardCaches} holds one cache per host and spreads a job's shards over its
 * hosts.
 */
package dev.podium.storage.cache;
