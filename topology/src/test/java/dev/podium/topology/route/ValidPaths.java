package dev.podium.topology.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.primitives.ImmutableIntArray;
import dev.podium.topology.fabric.Fabric;
import java.util.HashSet;
import java.util.Set;

/** Assertions that paths are real walks through a fabric. */
public final class ValidPaths {

  private ValidPaths() {}

  /**
   * Every path joins source to target link by link without revisiting a vertex, stays inside the
   * domain of its level, and no two paths are equal.
   */
  public static void assertValid(Fabric fabric, EqualCostPaths paths) {
    Set<ImmutableIntArray> distinct = new HashSet<>();
    int domain = fabric.domainOfVertex(paths.source(), paths.level());
    for (int p = 0; p < paths.pathCount(); p++) {
      assertThat(paths.vertex(p, 0)).isEqualTo(paths.source());
      assertThat(paths.vertex(p, paths.hops())).isEqualTo(paths.target());
      for (int h = 0; h < paths.hops(); h++) {
        assertThat(otherEnd(fabric, paths.link(p, h), paths.vertex(p, h))).isEqualTo(paths.vertex(p, h + 1));
      }
      for (int i = 0; i <= paths.hops(); i++) {
        assertThat(fabric.domainOfVertex(paths.vertex(p, i), paths.level()))
            .as("vertex %s of path %d inside the level-%d domain", fabric.vertexName(paths.vertex(p, i)), p,
                paths.level())
            .isEqualTo(domain);
      }
      assertThat(new HashSet<>(paths.vertices(p).asList())).hasSize(paths.hops() + 1);
      assertThat(distinct.add(paths.links(p))).as("path %d is new", p).isTrue();
    }
  }

  /** The walk {@code links} leads from {@code source} to {@code target}. */
  public static void assertWalk(Fabric fabric, int source, int target, int[] links, int hops) {
    int at = source;
    for (int h = 0; h < hops; h++) {
      at = otherEnd(fabric, links[h], at);
    }
    assertThat(at).isEqualTo(target);
  }

  /** The end of {@code link} that is not {@code from}, which must be one of its ends. */
  public static int otherEnd(Fabric fabric, int link, int from) {
    int source = fabric.linkSource(link);
    int target = fabric.linkTarget(link);
    assertThat(from).as("link %d touches vertex %d", link, from).isIn(source, target);
    return source == from ? target : source;
  }
}
