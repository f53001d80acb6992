package dev.podium.storage.locality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.cache.ShardCaches;
import dev.podium.storage.tier.StoragePresets;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CacheLocalityTest {

  private static final Dataset DATA = new Dataset("web", 1_000_000_000L, 64);

  @Test
  void scoresTheFractionOfTheDatasetCachedOnTheHosts() {
    ShardCaches caches = new ShardCaches(8, 100_000_000_000L);
    caches.stage(DATA, new int[] {0, 1, 2, 3});
    CacheLocality locality = new CacheLocality(caches, List.of(DATA));
    assertThat(locality.score("web", new int[] {0, 1, 2, 3})).isEqualTo(1.0);
    assertThat(locality.score("web", new int[] {0, 1, 6, 7})).isEqualTo(0.5);
    assertThat(locality.score("web", new int[] {4, 5})).isZero();
    assertThat(locality.score("unknown", new int[] {0})).isZero();
    assertThat(locality.score(null, new int[] {0})).isZero();
    assertThat(locality.score("web", new int[0])).isZero();
    assertThat(LocalityHint.NONE.score("web", new int[] {0})).isZero();
  }

  @Test
  void scoringDoesNotCountAsARead() {
    ShardCaches caches = new ShardCaches(2, 100_000_000_000L);
    caches.stage(DATA, new int[] {0});
    new CacheLocality(caches, List.of(DATA)).score("web", new int[] {0, 1});
    assertThat(caches.stats().reads()).isZero();
  }

  @Test
  void acceleratorsMapToTheirHosts() {
    Fabric fabric = Presets.find("dgx-superpod-h100-1su").build();
    ShardCaches caches = new ShardCaches(StoragePresets.build("dgx-superpod-best", fabric));
    caches.stage(DATA, new int[] {0, 1});
    CacheLocality locality = new CacheLocality(caches, List.of(DATA));
    int[] firstTwoHosts = IntStream.range(0, 16).toArray();
    assertThat(CacheLocality.hostsOf(fabric, firstTwoHosts)).containsExactly(0, 1);
    assertThat(locality.scoreOfAccelerators("web", fabric, firstTwoHosts)).isEqualTo(1.0);
    assertThat(locality.scoreOfAccelerators("web", fabric, IntStream.range(0, 8).toArray())).isEqualTo(0.5);
  }
}
