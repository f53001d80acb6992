package dev.podium.storage.locality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.placement.LocalityHint;
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
  private static final Fabric FABRIC = Presets.find("dgx-superpod-h100-1su").build();

  private static int[] acceleratorsOf(int... hosts) {
    return IntStream.of(hosts).flatMap(h -> IntStream.range(8 * h, 8 * h + 8)).toArray();
  }

  @Test
  void scoresTheFractionOfTheDatasetCachedOnTheHosts() {
    ShardCaches caches = new ShardCaches(FABRIC.hostCount(), 100_000_000_000L);
    caches.stage(DATA, new int[] {0, 1, 2, 3});
    CacheLocality locality = new CacheLocality(caches, FABRIC, List.of(DATA));
    assertThat(locality.scoreOfHosts("web", new int[] {0, 1, 2, 3})).isEqualTo(1.0);
    assertThat(locality.scoreOfHosts("web", new int[] {0, 1, 6, 7})).isEqualTo(0.5);
    assertThat(locality.scoreOfHosts("web", new int[] {4, 5})).isZero();
    assertThat(locality.score("web", acceleratorsOf(0, 1, 6, 7))).isEqualTo(0.5);
    assertThat(locality.score("unknown", acceleratorsOf(0))).isZero();
    assertThat(locality.score(null, acceleratorsOf(0))).isZero();
    assertThat(locality.score("web", new int[0])).isZero();
    assertThat(LocalityHint.NONE.score("web", acceleratorsOf(0))).isZero();
  }

  @Test
  void scoringDoesNotCountAsARead() {
    ShardCaches caches = new ShardCaches(FABRIC.hostCount(), 100_000_000_000L);
    caches.stage(DATA, new int[] {0});
    new CacheLocality(caches, FABRIC, List.of(DATA)).score("web", acceleratorsOf(0, 1));
    assertThat(caches.stats().reads()).isZero();
  }

  @Test
  void acceleratorsMapToTheirHostsInAnyOrder() {
    ShardCaches caches = new ShardCaches(StoragePresets.build("dgx-superpod-best", FABRIC));
    caches.stage(DATA, new int[] {0, 1});
    CacheLocality locality = new CacheLocality(caches, FABRIC, List.of(DATA));
    int[] firstTwoHosts = IntStream.range(0, 16).toArray();
    assertThat(CacheLocality.hostsOf(FABRIC, firstTwoHosts)).containsExactly(0, 1);
    assertThat(locality.score("web", firstTwoHosts)).isEqualTo(1.0);
    assertThat(locality.score("web", new int[] {9, 0, 15, 3})).isEqualTo(1.0);
    assertThat(locality.score("web", IntStream.range(0, 8).toArray())).isEqualTo(0.5);
  }

  @Test
  void theCachesMustCoverTheFabricsHosts() {
    assertThatThrownBy(() -> new CacheLocality(new ShardCaches(3, 100_000_000_000L), FABRIC, List.of(DATA)))
        .hasMessageContaining("hosts");
  }
}
