package dev.podium.topology.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.route.EqualCostPaths;
import dev.podium.topology.route.ValidPaths;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/** Properties every generated fabric has, whatever its generator. */
final class FabricInvariants {

  /** Upper bound on the accelerator pairs a check visits, to keep properties fast. */
  private static final int PAIRS = 400;

  private FabricInvariants() {}

  /**
   * Every accelerator has exactly one domain per level, domains are contiguous id ranges that tile
   * {@code 0..N-1} in order, level 0 is the accelerators and the top level is one domain.
   */
  static void assertDomainsTile(Fabric fabric) {
    int n = fabric.acceleratorCount();
    int top = fabric.levelCount() - 1;
    assertThat(fabric.domainCount(0)).isEqualTo(n);
    assertThat(fabric.domainCount(top)).isEqualTo(1);
    for (int level = 0; level <= top; level++) {
      assertThat(fabric.levels().get(level).index()).isEqualTo(level);
      assertThat(fabric.levels().get(level).domains()).isEqualTo(fabric.domainCount(level));
      int next = 0;
      for (int d = 0; d < fabric.domainCount(level); d++) {
        int first = fabric.firstMember(level, d);
        int count = fabric.memberCount(level, d);
        assertThat(first).as("level %d domain %d starts where %d ended", level, d, d - 1).isEqualTo(next);
        assertThat(count).isPositive();
        for (int a = first; a < first + count; a++) {
          assertThat(fabric.domainOf(a, level)).isEqualTo(d);
        }
        next = first + count;
      }
      assertThat(next).as("level %d ends at the last accelerator", level).isEqualTo(n);
    }
    for (int a = 0; a < n; a++) {
      assertThat(fabric.domainOf(a, 0)).isEqualTo(a);
    }
  }

  /** The level-(L+1) domain of every member of a level-L domain is the same. */
  static void assertDomainsNest(Fabric fabric) {
    int top = fabric.levelCount() - 1;
    for (int level = 0; level < top; level++) {
      for (int d = 0; d < fabric.domainCount(level); d++) {
        int first = fabric.firstMember(level, d);
        int parent = fabric.domainOf(first, level + 1);
        for (int a = first; a < first + fabric.memberCount(level, d); a++) {
          assertThat(fabric.domainOf(a, level + 1))
              .as("member %d of level-%d domain %d", a, level, d).isEqualTo(parent);
        }
      }
    }
  }

  /**
   * {@code commonLevel} is symmetric, 0 exactly on the diagonal, and the lowest level at which
   * {@code domainOf} agrees.
   */
  static void assertCommonLevelAgreesWithDomains(Fabric fabric) {
    int n = fabric.acceleratorCount();
    int step = Math.max(1, n * n / PAIRS);
    for (long pair = 0; pair < (long) n * n; pair += step) {
      int a = (int) (pair / n);
      int b = (int) (pair % n);
      int common = fabric.commonLevel(a, b);
      assertThat(fabric.commonLevel(b, a)).isEqualTo(common);
      assertThat(common == 0).isEqualTo(a == b);
      assertThat(fabric.domainOf(a, common)).isEqualTo(fabric.domainOf(b, common));
      for (int level = 0; level < common; level++) {
        assertThat(fabric.domainOf(a, level)).isNotEqualTo(fabric.domainOf(b, level));
      }
    }
  }

  /** The JGraphT view has the fabric's vertices and links, with capacities as weights, and is connected. */
  static void assertGraphMatches(Fabric fabric) {
    Graph<Integer, Integer> graph = fabric.graph();
    assertThat(graph.vertexSet()).hasSize(fabric.vertexCount());
    assertThat(graph.edgeSet()).hasSize(fabric.linkCount());
    for (int e = 0; e < fabric.linkCount(); e++) {
      assertThat(List.of(graph.getEdgeSource(e), graph.getEdgeTarget(e)))
          .containsExactlyInAnyOrder(fabric.linkSource(e), fabric.linkTarget(e));
      assertThat(graph.getEdgeWeight(e)).isEqualTo(fabric.linkCapacity(e));
    }
    assertThat(new ConnectivityInspector<>(graph).isConnected()).as("graph is connected").isTrue();
  }

  /**
   * Sampled accelerator pairs have valid paths inside a domain at or above their common level, the
   * same length and count both ways, and ECMP picks walks of that length between them.
   */
  static void assertRoutesValid(Fabric fabric) {
    int n = fabric.acceleratorCount();
    int step = Math.max(1, n * n / 60);
    int[] links = new int[64];
    for (long pair = 0; pair < (long) n * n; pair += step) {
      int a = (int) (pair / n);
      int b = (int) (pair % n);
      EqualCostPaths paths = fabric.routes().paths(a, b);
      ValidPaths.assertValid(fabric, paths);
      assertThat(paths.level()).isGreaterThanOrEqualTo(fabric.commonLevel(a, b));
      EqualCostPaths back = fabric.routes().paths(b, a);
      assertThat(back.hops()).isEqualTo(paths.hops());
      assertThat(back.totalPaths()).isEqualTo(paths.totalPaths());
      for (long flow = 0; flow < 4; flow++) {
        int hops = fabric.routes().ecmpPick(a, b, flow * 0x9E3779B97F4A7C15L, links);
        assertThat(hops).isEqualTo(paths.hops());
        ValidPaths.assertWalk(fabric, a, b, links, hops);
      }
    }
  }
}
