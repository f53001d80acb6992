package dev.podium.topology.route;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Objects;

/**
 * The fewest-hop paths between two vertices of a fabric, in lexicographic order of their link ids,
 * at most as many as the {@link Routes} that computed them enumerates ({@link #capped()} tells).
 *
 * <p>Paths are stored back to back in two flat arrays; the accessors read them without copying.
 *
 * @param source first vertex of every path
 * @param target last vertex of every path
 * @param level index of the locality level whose domain the paths stay inside: the lowest level at
 *     which the endpoints share a domain that connects them
 * @param hops links per path, 0 when {@code source == target}
 * @param totalPaths number of fewest-hop paths inside that domain, enumerated or not; saturates at
 *     {@link Long#MAX_VALUE}
 * @param links link ids, path after path: path {@code p} is {@code links[p*hops, (p+1)*hops)}
 * @param vertices vertex ids, path after path: path {@code p} is {@code vertices[p*(hops+1),
 *     (p+1)*(hops+1))}
 */
public record EqualCostPaths(
    int source,
    int target,
    int level,
    int hops,
    long totalPaths,
    ImmutableIntArray links,
    ImmutableIntArray vertices) {

  /** Checks that the arrays hold whole paths and that at least one path is enumerated. */
  public EqualCostPaths {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(vertices, "vertices");
    if (hops < 0) {
      throw new IllegalArgumentException("hops must be >= 0, was " + hops);
    }
    int paths = vertices.length() / (hops + 1);
    if (paths < 1 || vertices.length() % (hops + 1) != 0 || links.length() != paths * hops) {
      throw new IllegalArgumentException("expected whole paths of " + hops + " hops, got "
          + vertices.length() + " vertices and " + links.length() + " links");
    }
    if (totalPaths < paths) {
      throw new IllegalArgumentException(
          "totalPaths " + totalPaths + " is below the " + paths + " paths enumerated");
    }
    links = links.trimmed();
    vertices = vertices.trimmed();
  }

  /** Number of paths enumerated here, at least 1. */
  public int pathCount() {
    return vertices.length() / (hops + 1);
  }

  /** True when there are more fewest-hop paths than were enumerated. */
  public boolean capped() {
    return totalPaths > pathCount();
  }

  /** Link {@code hop} (0-based, from the source) of path {@code path}. */
  public int link(int path, int hop) {
    checkIndex(hop, hops, "hop");
    return links.get(checkPath(path) * hops + hop);
  }

  /** Vertex {@code index} of path {@code path}: 0 is the source, {@code hops} the target. */
  public int vertex(int path, int index) {
    checkIndex(index, hops + 1, "vertex index");
    return vertices.get(checkPath(path) * (hops + 1) + index);
  }

  /** The link ids of path {@code path}, source side first; a view, not a copy. */
  public ImmutableIntArray links(int path) {
    int start = checkPath(path) * hops;
    return links.subArray(start, start + hops);
  }

  /** The vertex ids of path {@code path}, from the source to the target; a view, not a copy. */
  public ImmutableIntArray vertices(int path) {
    int start = checkPath(path) * (hops + 1);
    return vertices.subArray(start, start + hops + 1);
  }

  private int checkPath(int path) {
    checkIndex(path, pathCount(), "path");
    return path;
  }

  private static void checkIndex(int index, int size, String what) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(what + " " + index + " of " + size);
    }
  }
}
