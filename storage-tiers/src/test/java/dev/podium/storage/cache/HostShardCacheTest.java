package dev.podium.storage.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HostShardCacheTest {

  private static final long MB = 1_000_000;
  private static final Dataset DATA = new Dataset("web", 100 * MB, 1_000);

  /** Zipf(1) ranks over {@code n} shards by inversion of the cumulative weights. */
  private static int[] zipf(int n, int reads, long seed) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    Random random = new Random(seed);
    int[] trace = new int[reads];
    for (int r = 0; r < reads; r++) {
      double u = random.nextDouble() * sum;
      int i = java.util.Arrays.binarySearch(cumulative, u);
      trace[r] = i >= 0 ? i : -i - 1;
    }
    return trace;
  }

  private static int[] uniform(int n, int reads, long seed) {
    Random random = new Random(seed);
    return IntStream.range(0, reads).map(r -> random.nextInt(n)).toArray();
  }

  private static double replay(HostShardCache cache, int[] trace) {
    for (int shard : trace) {
      cache.read(DATA, shard);
    }
    return cache.hitRate();
  }

  @Test
  void aSkewedPatternHitsMoreThanAUniformOneAtEqualCapacity() {
    long capacity = 100 * DATA.shardBytes();
    double skewed = replay(new HostShardCache(0, capacity), zipf(DATA.shards(), 50_000, 7));
    double uniform = replay(new HostShardCache(0, capacity), uniform(DATA.shards(), 50_000, 7));
    // A cache of a tenth of the shards: uniform reads can hit at most ~10%; Zipf(1) puts ~69% of reads
    // on the 100 most popular shards, which W-TinyLFU's frequency sketch keeps.
    assertThat(uniform).isBetween(0.05, 0.12);
    assertThat(skewed).isGreaterThan(0.55).isGreaterThan(uniform + 0.4);
  }

  @Test
  void aOneTimeScanDoesNotFlushThePopularShards() {
    HostShardCache cache = new HostShardCache(0, 100 * DATA.shardBytes());
    int[] hot = IntStream.range(0, 50).toArray();
    for (int round = 0; round < 20; round++) {
      for (int shard : hot) {
        cache.read(DATA, shard);
      }
    }
    for (int shard = 100; shard < 1_000; shard++) {
      cache.read(DATA, shard);
    }
    long stillCached = IntStream.of(hot).filter(s -> cache.contains(DATA, s)).count();
    // An LRU of 100 shards would hold none of them after 900 new ones; W-TinyLFU admits a scanned
    // shard only if it is more popular than the victim.
    assertThat(stillCached).isGreaterThanOrEqualTo(45);
  }

  @Test
  void stagingMakesTheFirstReadsHits() {
    HostShardCache cache = new HostShardCache(0, 200 * DATA.shardBytes());
    int[] shards = IntStream.range(0, 150).toArray();
    assertThat(cache.stage(DATA, shards)).isEqualTo(150);
    assertThat(cache.stats().reads()).isZero();
    for (int shard : shards) {
      assertThat(cache.read(DATA, shard)).isEqualTo(CacheRead.HIT);
    }
    assertThat(cache.read(DATA, 500)).isEqualTo(CacheRead.MISS);
    ShardCacheStats stats = cache.stats();
    assertThat(stats.hits()).isEqualTo(150);
    assertThat(stats.misses()).isEqualTo(1);
    assertThat(stats.residentShards()).isEqualTo(151);
    assertThat(stats.residentBytes()).isEqualTo(151 * DATA.shardBytes());
  }

  @Test
  void withoutStagingTheFirstEpochMissesAndTheSecondHits() {
    HostShardCache cache = new HostShardCache(0, 2_000 * DATA.shardBytes());
    for (int shard = 0; shard < DATA.shards(); shard++) {
      assertThat(cache.read(DATA, shard)).isEqualTo(CacheRead.MISS);
    }
    for (int shard = 0; shard < DATA.shards(); shard++) {
      assertThat(cache.read(DATA, shard)).isEqualTo(CacheRead.HIT);
    }
    assertThat(cache.hitRate()).isEqualTo(0.5);
  }

  @Test
  void residentShardsNeverExceedTheCapacityAndMatchCaffeine() {
    HostShardCache cache = new HostShardCache(0, 64 * DATA.shardBytes() + 10);
    Dataset other = new Dataset("images", 37 * MB, 5_000);
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      if (random.nextBoolean()) {
        cache.read(DATA, (int) Math.min(DATA.shards() - 1, Math.abs(random.nextGaussian()) * 80));
      } else {
        cache.read(other, random.nextInt(other.shards()));
      }
      if (i % 5_000 == 4_999) {
        cache.stage(other, IntStream.range(0, 40).toArray());
      }
    }
    assertThat(cache.usedBytes()).isLessThanOrEqualTo(cache.capacityBytes());
    BitSet expectedWeb = new BitSet();
    BitSet expectedImages = new BitSet();
    long bytes = 0;
    for (ShardKey key : cache.residentKeys()) {
      (key.dataset().equals("web") ? expectedWeb : expectedImages).set(key.shard());
      bytes += key.dataset().equals("web") ? DATA.shardBytes() : other.shardBytes();
    }
    assertThat(cache.cachedShards("web")).isEqualTo(expectedWeb);
    assertThat(cache.cachedShards("images")).isEqualTo(expectedImages);
    assertThat(cache.usedBytes()).isEqualTo(bytes);
    assertThat(cache.stats().evictions()).isPositive();
  }

  @Test
  void aShardLargerThanTheCacheIsRejected() {
    HostShardCache cache = new HostShardCache(3, 50 * MB);
    assertThatThrownBy(() -> cache.read(DATA, 0))
        .hasMessage("dataset web: one shard (100000000 bytes) is larger than host 3's cache (50000000 bytes)");
    assertThatThrownBy(() -> new HostShardCache(0, 1_000 * MB).read(DATA, 1_000))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("dataset web: shard 1000 outside [0, 1000)");
  }

  @Test
  void clearingDropsEverythingButKeepsTheCounters() {
    HostShardCache cache = new HostShardCache(0, 10 * DATA.shardBytes());
    cache.read(DATA, 1);
    cache.clear();
    assertThat(cache.contains(DATA, 1)).isFalse();
    assertThat(cache.usedBytes()).isZero();
    assertThat(cache.stats().misses()).isEqualTo(1);
  }
}
