/**
 * Storage tiers and the systems built from them: a {@link dev.podium.storage.tier.Tier} is a
 * capacity with sustained read and write bandwidth, an optional peak rate with a burst budget and a
 * latency; a {@link dev.podium.storage.tier.StorageSystem} gives every host an NVMe tier (the hot
 * tier) behind its own storage-fabric link and shares a warm flash service and a cold capacity tier
 * among all hosts. {@link dev.podium.storage.tier.StoragePresets} holds the published systems (Meta
 * Tectonic, NVIDIA DGX SuperPOD storage guideline) with their sources.
 */
package dev.podium.storage.tier;
