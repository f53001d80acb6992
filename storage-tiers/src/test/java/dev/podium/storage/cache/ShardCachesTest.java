package dev.podium.storage.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.storage.tier.StoragePresets;
import org.junit.jupiter.api.Test;

class ShardCachesTest {

  private static final Dataset DATA = new Dataset("tokens", 2_000_000_000L, 100);

  @Test
  void aJobsShardsAreSpreadRoundRobinOverItsHosts() {
    ShardCaches caches = new ShardCaches(StoragePresets.build("dgx-superpod-best", 31));
    int[] hosts = {4, 9, 20};
    assertThat(caches.stage(DATA, hosts)).isEqualTo(100);
    assertThat(caches.host(4).cachedShards("tokens").cardinality()).isEqualTo(34);
    assertThat(caches.host(9).cachedShards("tokens").cardinality()).isEqualTo(33);
    assertThat(caches.host(20).cachedShards("tokens").get(2)).isTrue();
    assertThat(ShardCaches.owner(5, hosts)).isEqualTo(20);
    assertThat(caches.readEpoch(DATA, hosts)).isEqualTo(1.0);
    assertThat(caches.stats().hits()).isEqualTo(100);
    assertThat(caches.cachedShards("tokens", new int[] {4, 9}).cardinality()).isEqualTo(67);
  }

  @Test
  void onOtherHostsTheFirstEpochMisses() {
    ShardCaches caches = new ShardCaches(8, 400_000_000_000L);
    caches.stage(DATA, new int[] {0, 1});
    assertThat(caches.readEpoch(DATA, new int[] {2, 3})).isZero();
    assertThat(caches.readEpoch(DATA, new int[] {2, 3})).isEqualTo(1.0);
    assertThat(caches.stats().hitRate()).isEqualTo(0.5);
  }
}
