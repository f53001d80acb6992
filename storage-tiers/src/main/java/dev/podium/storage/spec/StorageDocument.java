package dev.podium.storage.spec;

import java.util.List;

/** A storage spec as written; {@link Assembly} validates it. Every field is optional here. */
record StorageDocument(
    String name,
    String preset,
    Integer hosts,
    HostDocument host,
    List<TierDocument> tiers,
    List<DatasetDocument> datasets) {

  /** The {@code host} mapping. */
  record HostDocument(String nvme, Integer drives, String linkReadBytesPerSecond, String linkWriteBytesPerSecond) {}

  /** One entry of {@code tiers}. */
  record TierDocument(
      String name,
      String kind,
      String capacityBytes,
      String readBytesPerSecond,
      String writeBytesPerSecond,
      String peakBytesPerSecond,
      String burstSeconds,
      String latencySeconds,
      String source) {}

  /** One entry of {@code datasets}. */
  record DatasetDocument(String name, String shardBytes, Integer shards) {}
}
