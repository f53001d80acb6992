package dev.podium.storage.cache;

import dev.podium.topology.generate.FieldException;

/**
 * A training dataset stored as equal shards.
 *
 * @param name the name jobs refer to it by ({@code JobSpec.dataset()}), non-blank
 * @param shardBytes bytes per shard, > 0
 * @param shards number of shards, >= 1
 */
public record Dataset(String name, long shardBytes, int shards) {

  /** Checks every field; the message names the field. */
  public Dataset {
    if (name == null || name.isBlank()) {
      throw new FieldException("name", "must be non-blank");
    }
    if (shardBytes <= 0) {
      throw new FieldException("shardBytes", "must be > 0, was " + shardBytes);
    }
    if (shards < 1) {
      throw new FieldException("shards", "must be >= 1, was " + shards);
    }
  }

  /** Bytes of all shards. */
  public double totalBytes() {
    return (double) shardBytes * shards;
  }

  /** Checks that {@code shard} is one of this dataset's shard indices. */
  public int checkShard(int shard) {
    if (shard < 0 || shard >= shards) {
      throw new IndexOutOfBoundsException("dataset " + name + ": shard " + shard + " outside [0, " + shards + ")");
    }
    return shard;
  }
}
