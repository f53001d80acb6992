package dev.podium.storage.cache;

/** Whether a shard read was served from the host's NVMe cache. */
public enum CacheRead {
  HIT,
  MISS
}
