/**
 * The read-only view of a cluster's fabric that placement policies see: accelerators as dense
 * {@code int} ids numbered in locality order, and an ordered list of locality {@link
 * dev.podium.api.topology.Level levels} (accelerator, host, rack, pod, cluster, ...) whose domains
 * are contiguous id ranges, each level with its per-accelerator bandwidth, latency and
 * oversubscription.
 */
package dev.podium.api.topology;
