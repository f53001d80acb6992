package dev.podium.storage.spec;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.tier.StorageSystem;
import java.util.List;
import java.util.Objects;

/**
 * A validated storage spec: the system and the datasets it serves.
 *
 * @param system hosts, their NVMe and links, the warm and cold tiers
 * @param datasets the datasets jobs may name, each of whose shards fits every tier
 */
public record StorageSpec(StorageSystem system, List<Dataset> datasets) {

  /** Copies the list. */
  public StorageSpec {
    Objects.requireNonNull(system, "system");
    datasets = List.copyOf(datasets);
  }
}
