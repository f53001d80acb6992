package dev.podium.topology.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.FlowCuts;
import dev.podium.topology.TestFabrics;
import dev.podium.topology.route.EqualCostPaths;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The locality queries a scheduler asks of a fabric, on real presets. */
class FabricQueriesTest {

  private static final double GB = 1e9;
  private static final Offset<Double> BYTE = within(1.0);

  // ---- meta-24k-roce: 8 GPUs per host, 2 hosts per rack, 192 racks per pod, 8 pods ----

  @Test
  void metaDomainsOfAGpuAtEachLevel() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");
    int gpu = 3 * 3_072 + 37 * 16 + 8 + 5;

    assertThat(meta.domainOf(gpu, 0)).isEqualTo(gpu);
    assertThat(meta.domainOf(gpu, level(meta, "host"))).isEqualTo(gpu / 8);
    assertThat(meta.domainOf(gpu, level(meta, "rack"))).isEqualTo(3 * 192 + 37);
    assertThat(meta.domainOf(gpu, level(meta, "pod"))).isEqualTo(3);
    assertThat(meta.domainOf(gpu, level(meta, "cluster"))).isZero();
    assertThat(meta.domainName(level(meta, "pod"), 3)).isEqualTo("pod3");
    assertThat(meta.domainName(0, gpu)).isEqualTo(meta.domainName(1, gpu / 8) + "/5");
  }

  @Test
  void metaMembersOfADomainAreAContiguousRange() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");

    assertThat(meta.firstMember(level(meta, "host"), 384)).isEqualTo(3_072);
    assertThat(meta.memberCount(level(meta, "host"), 384)).isEqualTo(8);
    assertThat(meta.firstMember(level(meta, "rack"), 700)).isEqualTo(700 * 16);
    assertThat(meta.memberCount(level(meta, "rack"), 700)).isEqualTo(16);
    assertThat(meta.firstMember(level(meta, "pod"), 7)).isEqualTo(7 * 3_072);
    assertThat(meta.memberCount(level(meta, "pod"), 7)).isEqualTo(3_072);
    assertThat(meta.memberCount(level(meta, "cluster"), 0)).isEqualTo(24_576);
  }

  @Test
  void metaCommonLevelOfGpusInTheSameHostRackPodAndAcrossPods() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");
    int gpu = 3_072 + 16 * 10 + 2;

    assertThat(meta.commonLevel(gpu, gpu)).isZero();
    assertThat(meta.commonLevel(gpu, gpu + 5)).isEqualTo(level(meta, "host"));
    assertThat(meta.commonLevel(gpu, gpu + 8)).isEqualTo(level(meta, "rack"));
    assertThat(meta.commonLevel(gpu, gpu + 16)).isEqualTo(level(meta, "pod"));
    assertThat(meta.commonLevel(gpu, gpu - 16 * 10 - 2)).isEqualTo(level(meta, "pod"));
    assertThat(meta.commonLevel(gpu, gpu + 3_072)).isEqualTo(level(meta, "cluster"));
    assertThat(meta.commonLevel(gpu + 3_072, gpu)).isEqualTo(level(meta, "cluster"));
  }

  @Test
  void metaBandwidthPerGpuAndOversubscriptionPerLevel() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");

    assertThat(meta.bandwidth(0)).isInfinite();
    assertThat(meta.bandwidth(level(meta, "host"))).isCloseTo(450 * GB, BYTE);
    assertThat(meta.bandwidth(level(meta, "rack"))).isCloseTo(50 * GB, BYTE);
    assertThat(meta.bandwidth(level(meta, "pod"))).isCloseTo(50 * GB, BYTE);
    assertThat(meta.bandwidth(level(meta, "cluster"))).isCloseTo(50 * GB / 7, BYTE);
    assertThat(meta.levels().get(level(meta, "pod")).oversubscription()).isCloseTo(1.0, within(1e-9));
    assertThat(meta.levels().get(level(meta, "cluster")).oversubscription()).isCloseTo(7.0, within(1e-9));
  }

  @Test
  void metaLatencyPerLevelIsTheLatencyOfItsRoutes() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");

    // NVLink hop 0.3 us, RoCE hop 1 us (catalog defaults): 2, 2, 4 and 6 hops.
    assertThat(meta.latency(level(meta, "host"))).isCloseTo(0.6e-6, within(1e-12));
    assertThat(meta.latency(level(meta, "rack"))).isCloseTo(2e-6, within(1e-12));
    assertThat(meta.latency(level(meta, "pod"))).isCloseTo(4e-6, within(1e-12));
    assertThat(meta.latency(level(meta, "cluster"))).isCloseTo(6e-6, within(1e-12));
    int gpu = 5 * 3_072 + 100;
    for (int other : new int[] {gpu + 1, gpu + 8, gpu + 16 * 50, gpu + 3_072}) {
      EqualCostPaths paths = meta.routes().paths(gpu, other);
      double latency = 0;
      for (int hop = 0; hop < paths.hops(); hop++) {
        latency += meta.linkModel(paths.link(0, hop)).latencySeconds();
      }
      assertThat(latency).isCloseTo(meta.latency(meta.commonLevel(gpu, other)), within(1e-12));
    }
  }

  @Test
  void metaBisectionOfAPodAndOfTheCluster() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");

    assertThat(meta.bisectionBandwidth(level(meta, "pod"), 2)).isCloseTo(1_536 * 50 * GB, BYTE);
    assertThat(meta.bisectionBandwidth(level(meta, "cluster"), 0)).isCloseTo(12_288 * 50 * GB / 7, within(1e3));
  }

  @Test
  void metaPodBisectionIsTheMaxFlowBetweenItsHalves() {
    Fabric meta = TestFabrics.preset("meta-24k-roce");
    int pod = level(meta, "pod");
    int rack = level(meta, "rack");

    double flow = FlowCuts.maxFlow(meta, v -> meta.domainOfVertex(v, pod) == 0,
        a -> meta.domainOf(a, rack) < 96,
        v -> v < meta.acceleratorCount() && meta.domainOf(v, rack) >= 96);

    assertThat(flow).isCloseTo(meta.bisectionBandwidth(pod, 0), within(1e3));
  }

  // ---- dgx-superpod-h100-4su: 4 SUs of 32 node slots (127 nodes), 8 rails, 16 spines ----

  @Test
  void superpodDomainsMembersAndCommonLevels() {
    Fabric spod = TestFabrics.preset("dgx-superpod-h100-4su");
    int su = level(spod, "su");

    assertThat(spod.domainCount(su)).isEqualTo(4);
    assertThat(spod.memberCount(su, 0)).isEqualTo(256);
    assertThat(spod.memberCount(su, 3)).isEqualTo(248);
    assertThat(spod.firstMember(su, 3)).isEqualTo(768);
    assertThat(spod.domainOf(800, su)).isEqualTo(3);
    assertThat(spod.commonLevel(800, 807)).isEqualTo(level(spod, "host"));
    assertThat(spod.commonLevel(800, 808)).isEqualTo(su);
    assertThat(spod.commonLevel(800, 8)).isEqualTo(level(spod, "cluster"));
  }

  @Test
  void superpodBandwidthLatencyAndBisection() {
    Fabric spod = TestFabrics.preset("dgx-superpod-h100-4su");
    int su = level(spod, "su");
    int cluster = level(spod, "cluster");

    assertThat(spod.bandwidth(level(spod, "host"))).isCloseTo(450 * GB, BYTE);
    assertThat(spod.bandwidth(su)).isCloseTo(50 * GB, BYTE);
    assertThat(spod.bandwidth(cluster)).isCloseTo(50 * GB, BYTE);
    assertThat(spod.levels().get(cluster).oversubscription()).isCloseTo(1.0, within(1e-9));
    // NDR hop 0.4 us: leaf (2 hops) inside an SU on one rail, leaf-spine-leaf across SUs.
    assertThat(spod.latency(su)).isCloseTo(0.8e-6, within(1e-12));
    assertThat(spod.latency(cluster)).isCloseTo(1.6e-6, within(1e-12));
    assertThat(spod.bisectionBandwidth(su, 0)).isCloseTo(128 * 50 * GB, BYTE);
    assertThat(spod.bisectionBandwidth(cluster, 0)).isCloseTo(508 * 50 * GB, BYTE);
  }

  @Test
  void superpodBisectionOfAnSuIsTheMaxFlowBetweenItsHalves() {
    Fabric spod = TestFabrics.preset("dgx-superpod-h100-4su");
    int su = level(spod, "su");
    int host = level(spod, "host");

    // Spines lie outside the SU; across rails the halves talk through them, so they take part.
    double flow = FlowCuts.maxFlow(spod, v -> spod.domainOfVertex(v, su) <= 0,
        a -> a < 256 && spod.domainOf(a, host) < 16, a -> a < 256 && spod.domainOf(a, host) >= 16);

    assertThat(flow).isCloseTo(spod.bisectionBandwidth(su, 0), within(1e3));
  }

  // ---- tpu-v4-pod: 64 cubes of 4x4x4 chips, hosts of 2x2 chips ----

  @Test
  void tpuDomainsMembersAndCommonLevels() {
    Fabric tpu = TestFabrics.preset("tpu-v4-pod");
    int host = level(tpu, "host");
    int cube = level(tpu, "cube");

    assertThat(tpu.domainOf(130, host)).isEqualTo(32);
    assertThat(tpu.domainOf(130, cube)).isEqualTo(2);
    assertThat(tpu.firstMember(cube, 2)).isEqualTo(128);
    assertThat(tpu.memberCount(cube, 2)).isEqualTo(64);
    assertThat(tpu.memberCount(host, 1_023)).isEqualTo(4);
    assertThat(tpu.commonLevel(128, 131)).isEqualTo(host);
    assertThat(tpu.commonLevel(128, 191)).isEqualTo(cube);
    assertThat(tpu.commonLevel(128, 192)).isEqualTo(level(tpu, "pod"));
  }

  @Test
  void tpuBandwidthLatencyAndBisection() {
    Fabric tpu = TestFabrics.preset("tpu-v4-pod");
    int cube = level(tpu, "cube");
    int pod = level(tpu, "pod");

    // ICI link 50 GB/s. A corner host tile has 8 ICI links out of 4 chips: 2 links per chip inside
    // a cube; a cube has 6 faces of 16 optical links: 96 links for 64 chips = 1.5 links per chip.
    assertThat(tpu.bandwidth(cube)).isCloseTo(100 * GB, BYTE);
    assertThat(tpu.bandwidth(pod)).isCloseTo(75 * GB, BYTE);
    assertThat(tpu.levels().get(pod).oversubscription()).isEqualTo(1.0);
    // ICI hop 0.5 us: neighbours in a host, two hops to the next host, corner to corner through an OCS.
    assertThat(tpu.latency(level(tpu, "host"))).isCloseTo(0.5e-6, within(1e-12));
    assertThat(tpu.latency(cube)).isCloseTo(1e-6, within(1e-12));
    assertThat(tpu.latency(pod)).isCloseTo(1e-6, within(1e-12));
    assertThat(tpu.bisectionBandwidth(pod, 0)).isCloseTo(2_048 * 75 * GB, BYTE);
  }

  private static int level(Fabric fabric, String name) {
    int index = fabric.levelIndex(name);
    assertThat(index).as("level %s", name).isNotNegative();
    return index;
  }
}
