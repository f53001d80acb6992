/**
 * Dataset locality: a score in [0, 1] of a set of accelerators for a job's dataset, the fraction of
 * its shards already cached on their hosts. {@link dev.podium.storage.locality.CacheLocality}
 * implements scheduler-api's {@link dev.podium.api.placement.LocalityHint} from the hosts' shard
 * caches; a scheduler's cluster state answers {@code ClusterView.datasetLocality} with it.
 */
package dev.podium.storage.locality;
