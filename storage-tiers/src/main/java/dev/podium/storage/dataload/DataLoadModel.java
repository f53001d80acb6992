package dev.podium.storage.dataload;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.share.Transfer;
import dev.podium.storage.share.TransferTimes;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.StorageSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Data-loading and staging times on a storage system (see the package description). Pure. */
public final class DataLoadModel {

  private final StorageSystem storage;

  /** A model of reads on {@code storage}. */
  public DataLoadModel(StorageSystem storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  /** {@code hosts} hosts each reading {@code bytesPerHost}, a fraction {@code hitRate} from NVMe, alone on the tier. */
  public DataLoadTime time(int hosts, double bytesPerHost, double hitRate) {
    return time(hosts, bytesPerHost, hitRate, List.of());
  }

  /**
   * {@code hosts} hosts each reading {@code bytesPerHost}, a fraction {@code hitRate} of it from
   * NVMe, while {@code warmTraffic} shares the warm tier (sustained rates: reads are steady, not
   * bursts).
   */
  public DataLoadTime time(int hosts, double bytesPerHost, double hitRate, List<Transfer> warmTraffic) {
    if (hosts < 1 || hosts > storage.hosts()) {
      throw new IllegalArgumentException("data load: hosts must be in [1, " + storage.hosts() + "], was " + hosts);
    }
    if (!(bytesPerHost >= 0) || Double.isInfinite(bytesPerHost)) {
      throw new IllegalArgumentException("data load: bytesPerHost must be finite and >= 0, was " + bytesPerHost);
    }
    if (!(hitRate >= 0 && hitRate <= 1)) {
      throw new IllegalArgumentException("data load: hitRate must be in [0, 1], was " + hitRate);
    }
    double hits = bytesPerHost * hitRate;
    double misses = bytesPerHost - hits;
    double nvme = hits == 0 ? 0
        : TransferTimes.of(storage.nvme(), new Transfer(Direction.READ, hits, 1, Double.POSITIVE_INFINITY));
    double warm = 0;
    if (misses > 0) {
      List<Transfer> all = new ArrayList<>(warmTraffic.size() + 1);
      all.add(new Transfer(Direction.READ, misses, hosts, storage.host().linkReadBytesPerSecond()));
      all.addAll(warmTraffic);
      warm = TransferTimes.of(storage.warm().sustainedOnly(), all)[0];
    }
    return new DataLoadTime(nvme, warm, Math.max(nvme, warm));
  }

  /** Seconds to stage all of {@code dataset} onto {@code hosts} hosts (each its share) from the warm tier. */
  public double stagingSeconds(Dataset dataset, int hosts) {
    return time(hosts, dataset.totalBytes() / hosts, 0).seconds();
  }
}
