/**
 * Storage spec files: a YAML or JSON document that names a preset or describes the host NVMe, the
 * warm and cold tiers and the datasets, with sizes and rates in units ({@code 240 PB}, {@code 2
 * TB/s}). {@link dev.podium.storage.spec.StorageSpecs} reads and validates one; every failure is a
 * {@link dev.podium.topology.spec.SpecException} naming the file, the line, the field path and the
 * reason (negative bandwidth, a capacity smaller than one shard, an unknown tier kind or preset).
 */
package dev.podium.storage.spec;
