/**
 * Dataset locality: a score in [0, 1] of a set of hosts for a job's dataset, the fraction of its
 * shards already cached on those hosts. {@link dev.podium.storage.locality.LocalityHint} is the shape
 * proposed for a {@code ClusterView} hook in scheduler-api so that any placement policy can use it;
 * {@link dev.podium.storage.locality.CacheLocality} computes it from the hosts' shard caches.
 */
package dev.podium.storage.locality;
