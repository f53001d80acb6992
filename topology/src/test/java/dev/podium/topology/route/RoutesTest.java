package dev.podium.topology.route;

import static dev.podium.topology.route.ValidPaths.assertValid;
import static dev.podium.topology.route.ValidPaths.otherEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.primitives.ImmutableIntArray;
import dev.podium.topology.TestFabrics;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.fabric.VertexKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Equal-cost paths and ECMP picks on the presets, with counts derived from the generators' wiring. */
class RoutesTest {

  // meta-24k-roce: 8 GPUs per host, 16 per rack (one RTSW), 3,072 per pod (16 CTSWs), 8 pods (28 ATSWs).
  private static final int RACK = 16;
  private static final int POD = 3_072;

  @Test
  void metaGpusOfOneHostTalkOverTheirHostOnly() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");

    EqualCostPaths paths = fabric.routes().paths(0, 5);

    // The RTSW is two hops away too, but it lies outside the host: NVLink carries host-local traffic.
    assertThat(paths.level()).isEqualTo(fabric.levelIndex("host"));
    assertThat(paths.hops()).isEqualTo(2);
    assertThat(paths.pathCount()).isEqualTo(1);
    assertThat(paths.vertex(0, 1)).isEqualTo(fabric.hostVertex(0));
    assertValid(fabric, paths);
  }

  @Test
  void metaGpusOfOneRackInDifferentHostsMeetAtTheRackSwitch() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");

    EqualCostPaths paths = fabric.routes().paths(2, 8 + 6);

    assertThat(paths.level()).isEqualTo(fabric.levelIndex("rack"));
    assertThat(paths.pathCount()).isEqualTo(1);
    assertThat(paths.hops()).isEqualTo(2);
    assertThat(fabric.tier(paths.vertex(0, 1))).isEqualTo("rtsw");
    assertValid(fabric, paths);
  }

  @Test
  void metaGpusOfOnePodInDifferentRacksHaveOnePathPerCtsw() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");

    EqualCostPaths paths = fabric.routes().paths(3, 5 * RACK + 11);

    assertThat(paths.level()).isEqualTo(fabric.levelIndex("pod"));
    assertThat(paths.hops()).isEqualTo(4);
    assertThat(paths.pathCount()).isEqualTo(16);
    assertThat(paths.totalPaths()).isEqualTo(16);
    assertThat(paths.capped()).isFalse();
    Set<Integer> spines = new HashSet<>();
    for (int p = 0; p < paths.pathCount(); p++) {
      assertThat(tiers(fabric, paths, p)).containsExactly("accelerator", "rtsw", "ctsw", "rtsw", "accelerator");
      spines.add(paths.vertex(p, 2));
    }
    assertThat(spines).hasSize(16);
    assertValid(fabric, paths);
  }

  @Test
  void metaGpusInDifferentPodsHave16x28x16PathsCappedAt64() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");

    EqualCostPaths paths = fabric.routes().paths(7, 3 * POD + 100);

    assertThat(paths.level()).isEqualTo(fabric.levelIndex("cluster"));
    assertThat(paths.hops()).isEqualTo(6);
    assertThat(paths.totalPaths()).isEqualTo(16 * 28 * 16);
    assertThat(paths.capped()).isTrue();
    assertThat(paths.pathCount()).isEqualTo(Routes.DEFAULT_MAX_PATHS);
    assertThat(tiers(fabric, paths, 0))
        .containsExactly("accelerator", "rtsw", "ctsw", "atsw", "ctsw", "rtsw", "accelerator");
    assertValid(fabric, paths);
  }

  @Test
  void theCapIsAParameter() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");
    Routes routes = new Routes(fabric, 5, 1_000);

    EqualCostPaths paths = routes.paths(3, 5 * RACK + 11);

    assertThat(paths.pathCount()).isEqualTo(5);
    assertThat(paths.totalPaths()).isEqualTo(16);
    assertThat(paths.capped()).isTrue();
    assertThat(routes.maxPaths()).isEqualTo(5);
    assertThat(routes.fabric()).isSameAs(fabric);
  }

  @Test
  void pathsComeInLexicographicOrderOfTheirLinks() {
    EqualCostPaths paths = TestFabrics.preset("meta-24k-roce").routes().paths(7, 3 * POD + 100);

    for (int p = 1; p < paths.pathCount(); p++) {
      assertThat(compare(paths.links(p - 1), paths.links(p))).as("path %d after %d", p, p - 1).isNegative();
    }
  }

  @Test
  void reversedEndpointsGiveTheSameCountAndLength() {
    Routes routes = TestFabrics.preset("meta-24k-roce").routes();

    EqualCostPaths there = routes.paths(7, 3 * POD + 100);
    EqualCostPaths back = routes.paths(3 * POD + 100, 7);

    assertThat(back.hops()).isEqualTo(there.hops());
    assertThat(back.totalPaths()).isEqualTo(there.totalPaths());
    assertThat(back.source()).isEqualTo(3 * POD + 100);
    assertThat(back.target()).isEqualTo(7);
  }

  @Test
  void ecmpSpreadsFlowsOverEverySwitchOfEveryTierEvenBeyondTheCap() {
    Fabric fabric = TestFabrics.preset("meta-24k-roce");
    EqualCostPaths enumerated = fabric.routes().paths(7, 3 * POD + 100);
    List<Set<Integer>> usedPerHop = new ArrayList<>();
    for (int hop = 0; hop < 6; hop++) {
      usedPerHop.add(new TreeSet<>());
    }
    int[] links = new int[6];
    for (long flow = 0; flow < 20_000; flow++) {
      int hops = fabric.routes().ecmpPick(7, 3 * POD + 100, flow, links);
      assertThat(hops).isEqualTo(6);
      int at = 7;
      for (int hop = 0; hop < hops; hop++) {
        at = otherEnd(fabric, links[hop], at);
        usedPerHop.get(hop).add(at);
      }
      assertThat(at).isEqualTo(3 * POD + 100);
    }
    assertThat(usedPerHop.get(1)).hasSize(16);
    assertThat(usedPerHop.get(2)).hasSize(28);
    assertThat(usedPerHop.get(3)).hasSize(16);
    assertThat(enumerated.capped()).isTrue();
  }

  @Test
  void ecmpIsAFunctionOfTheFlowHash() {
    Routes routes = TestFabrics.preset("meta-24k-roce").routes();

    ImmutableIntArray first = routes.ecmpPick(3, 5 * RACK + 11, 0xC0FFEEL);
    ImmutableIntArray again = routes.ecmpPick(3, 5 * RACK + 11, 0xC0FFEEL);

    assertThat(again).isEqualTo(first);
    EqualCostPaths paths = routes.paths(3, 5 * RACK + 11);
    List<ImmutableIntArray> all = new ArrayList<>();
    for (int p = 0; p < paths.pathCount(); p++) {
      all.add(paths.links(p));
    }
    assertThat(all).contains(first);
  }

  @Test
  void ecmpNeedsRoomForThePath() {
    Routes routes = TestFabrics.preset("meta-24k-roce").routes();

    assertThatThrownBy(() -> routes.ecmpPick(3, 5 * RACK + 11, 1, new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need room for 4 links, got 3");
  }

  @Test
  void superpodSameRailGoesThroughItsLeaf() {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-1su");

    EqualCostPaths paths = fabric.routes().paths(8 * 2 + 5, 8 * 30 + 5);

    assertThat(paths.pathCount()).isEqualTo(1);
    assertThat(tiers(fabric, paths, 0)).containsExactly("accelerator", "leaf", "accelerator");
    assertValid(fabric, paths);
  }

  @Test
  void superpodAcrossRailsGoesThroughEachOfTheFourSpines() {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-1su");

    EqualCostPaths paths = fabric.routes().paths(8 * 2 + 1, 8 * 30 + 6);

    // The SU holds both GPUs but not the spines, and GPUs do not forward from NVLink to their NIC.
    assertThat(paths.level()).isEqualTo(fabric.levelIndex("cluster"));
    assertThat(paths.pathCount()).isEqualTo(4);
    Set<Integer> spines = new HashSet<>();
    for (int p = 0; p < paths.pathCount(); p++) {
      assertThat(tiers(fabric, paths, p)).containsExactly("accelerator", "leaf", "spine", "leaf", "accelerator");
      spines.add(paths.vertex(p, 2));
    }
    assertThat(spines).hasSize(4);
    assertValid(fabric, paths);
  }

  @Test
  void superpodGpusOfOneHostUseNvlink() {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-1su");

    EqualCostPaths paths = fabric.routes().paths(8 * 4, 8 * 4 + 7);

    assertThat(paths.pathCount()).isEqualTo(1);
    assertThat(paths.hops()).isEqualTo(2);
    assertThat(fabric.kind(paths.vertex(0, 1))).isEqualTo(VertexKind.HOST);
    assertThat(paths.vertex(0, 1)).isEqualTo(fabric.hostVertex(4));
  }

  @Test
  void tpuChipsRouteOverIciInsideTheirHostAndThroughOcsAcrossCubes() {
    Fabric fabric = TestFabrics.preset("tpu-v4-pod");
    // Host 0 holds chips (x, y) = (0,0), (1,0), (0,1), (1,1) of layer z = 0 of cube 0, ids 0..3.
    EqualCostPaths neighbours = fabric.routes().paths(0, 1);
    EqualCostPaths diagonal = fabric.routes().paths(0, 3);
    // Chip 64 is corner (0,0,0) of cube 1; both corners reach the same three OCSes (x, y and z faces).
    EqualCostPaths acrossCubes = fabric.routes().paths(0, 64);

    assertThat(neighbours.hops()).isEqualTo(1);
    assertThat(neighbours.pathCount()).isEqualTo(1);
    assertThat(diagonal.hops()).isEqualTo(2);
    assertThat(diagonal.level()).isEqualTo(fabric.levelIndex("host"));
    assertThat(List.of(diagonal.vertex(0, 1), diagonal.vertex(1, 1))).containsExactlyInAnyOrder(1, 2);
    assertThat(acrossCubes.hops()).isEqualTo(2);
    assertThat(acrossCubes.pathCount()).isEqualTo(3);
    for (int p = 0; p < 3; p++) {
      assertThat(fabric.kind(acrossCubes.vertex(p, 1))).isEqualTo(VertexKind.OPTICAL_SWITCH);
    }
    assertValid(fabric, diagonal);
    assertValid(fabric, acrossCubes);
  }

  @Test
  void aVertexRoutesToItselfInNoHops() {
    EqualCostPaths paths = TestFabrics.preset("dgx-superpod-h100-1su").routes().paths(9, 9);

    assertThat(paths.hops()).isZero();
    assertThat(paths.pathCount()).isEqualTo(1);
    assertThat(paths.vertices(0).asList()).containsExactly(9);
    assertThat(paths.links(0).isEmpty()).isTrue();
  }

  @Test
  void resultsAreComputedOnceAndCached() {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-1su");

    assertThat(fabric.routes()).isSameAs(fabric.routes());
    assertThat(fabric.routes().paths(1, 200)).isSameAs(fabric.routes().paths(1, 200));
  }

  @Test
  void concurrentCallersSeeTheSameResults() throws Exception {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-4su");
    Routes sequential = new Routes(fabric);
    Routes shared = new Routes(fabric);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int a = offset; a < fabric.acceleratorCount(); a += 37) {
            int b = (a * 7919 + 13) % fabric.acceleratorCount();
            if (!shared.paths(a, b).equals(sequential.paths(a, b))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void verticesOutOfRangeAreRejected() {
    Fabric fabric = TestFabrics.preset("dgx-superpod-h100-1su");

    assertThatThrownBy(() -> fabric.routes().paths(-1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("vertex -1 of " + fabric.vertexCount());
    assertThatThrownBy(() -> fabric.routes().paths(3, fabric.vertexCount()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void railsThatMeetOnlyInTheHostsRelayThroughAGpu() {
    // A rail-only fabric: two hosts of two GPUs, GPU i of each host on leaf i, no spine.
    FabricBuilder builder = new FabricBuilder("rail-only", HardwareCatalog.H100, List.of("gpu", "host", "cluster"), 1);
    int[] leaves = {
        builder.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf0"),
        builder.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf1")};
    for (int h = 0; h < 2; h++) {
      builder.open(1, "node" + h);
      for (int i = 0; i < 2; i++) {
        int gpu = builder.addAccelerator();
        builder.link(gpu, builder.currentHost(), LinkKind.SCALE_UP, HardwareCatalog.NVLINK4, 1);
        builder.link(gpu, leaves[i], LinkKind.NIC, HardwareCatalog.IB_NDR, 1);
      }
      builder.close(1);
    }
    Fabric fabric = builder.build();

    EqualCostPaths sameRail = fabric.routes().paths(0, 2);
    EqualCostPaths acrossRails = fabric.routes().paths(0, 3);

    assertThat(sameRail.hops()).isEqualTo(2);
    assertThat(acrossRails.hops()).isEqualTo(4);
    assertThat(acrossRails.pathCount()).isEqualTo(2);
    assertThat(tiers(fabric, acrossRails, 0)).containsExactly("accelerator", "host", "accelerator", "leaf", "accelerator");
    assertThat(tiers(fabric, acrossRails, 1)).containsExactly("accelerator", "leaf", "accelerator", "host", "accelerator");
    assertValid(fabric, acrossRails);
  }

  @Test
  void disconnectedEndpointsAreReported() {
    // GPUs 0 and 1 share leaf0; GPU 2 hangs off leaf1, which nothing else reaches.
    FabricBuilder builder = new FabricBuilder("islands", HardwareCatalog.H100, List.of("gpu", "host", "cluster"), 1);
    int[] leaves = {
        builder.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf0"),
        builder.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf1")};
    for (int h = 0; h < 3; h++) {
      builder.open(1, "node" + h);
      int gpu = builder.addAccelerator();
      builder.link(gpu, builder.currentHost(), LinkKind.SCALE_UP, HardwareCatalog.NVLINK4, 1);
      builder.link(gpu, leaves[h / 2], LinkKind.NIC, HardwareCatalog.IB_NDR, 1);
      builder.close(1);
    }
    Fabric fabric = builder.build();

    assertThat(fabric.routes().paths(0, 1).hops()).isEqualTo(2);
    assertThatThrownBy(() -> fabric.routes().paths(0, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fabric islands: no route from node0/0 to node2/0");
  }

  private static List<String> tiers(Fabric fabric, EqualCostPaths paths, int path) {
    List<String> tiers = new ArrayList<>();
    for (int i = 0; i <= paths.hops(); i++) {
      tiers.add(fabric.tier(paths.vertex(path, i)));
    }
    return tiers;
  }

  private static int compare(ImmutableIntArray a, ImmutableIntArray b) {
    for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length(), b.length());
  }
}
