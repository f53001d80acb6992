package dev.podium.topology.route;

import com.google.common.primitives.ImmutableIntArray;

/**
 * The fewest-hop paths of one (source, target) pair as a directed acyclic graph: node 0 is the
 * source, every edge goes one hop closer to the target, and every node but the target has at least
 * one edge. Edges of a node are in increasing link id order. Immutable.
 */
final class PathDag {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int hops;
  private final int[] nodeVertex;
  private final int[] edgeStart;
  private final int[] edgeNode;
  private final int[] edgeLink;
  private final EqualCostPaths paths;

  /**
   * @param nodeVertex fabric vertex of each node, the source first
   * @param edgeStart edges of node {@code n} are {@code [edgeStart[n], edgeStart[n+1])}
   * @param edgeNode the node each edge leads to
   * @param edgeLink the fabric link each edge crosses
   */
  PathDag(int source, int target, int level, int hops, long totalPaths, int[] nodeVertex,
      int[] edgeStart, int[] edgeNode, int[] edgeLink, int maxPaths) {
    this.hops = hops;
    this.nodeVertex = nodeVertex;
    this.edgeStart = edgeStart;
    this.edgeNode = edgeNode;
    this.edgeLink = edgeLink;
    this.paths = enumerate(source, target, level, totalPaths, maxPaths);
  }

  /** The paths, the first {@code maxPaths} in lexicographic order of their link ids. */
  EqualCostPaths paths() {
    return paths;
  }

  /** Ints held, for the cache's weigher. */
  int weight() {
    return nodeVertex.length + edgeStart.length + edgeNode.length + edgeLink.length
        + paths.links().length() + paths.vertices().length();
  }

  /**
   * Walks from the source to the target choosing, at every node with several next hops, one by a
   * hash of {@code flowHash} seeded with that node's vertex id; writes the links into {@code out}
   * and returns the hop count.
   */
  int ecmpWalk(long flowHash, int[] out) {
    if (out.length < hops) {
      throw new IllegalArgumentException("need room for " + hops + " links, got " + out.length);
    }
    int node = 0;
    for (int hop = 0; hop < hops; hop++) {
      int first = edgeStart[node];
      int choices = edgeStart[node + 1] - first;
      int edge = choices == 1 ? first : first + pick(flowHash, nodeVertex[node], choices);
      out[hop] = edgeLink[edge];
      node = edgeNode[edge];
    }
    return hops;
  }

  /** An index in {@code [0, choices)} from the flow hash and a per-vertex seed (Lemire's range reduction). */
  static int pick(long flowHash, int vertex, int choices) {
    long mixed = FlowHash.mix(flowHash ^ ((vertex + 1L) * GOLDEN));
    return (int) (((mixed >>> 32) * choices) >>> 32);
  }


  private EqualCostPaths enumerate(int source, int target, int level, long totalPaths, int maxPaths) {
    int count = (int) Math.min(maxPaths, totalPaths);
    int[] links = new int[count * hops];
    int[] vertices = new int[count * (hops + 1)];
    if (hops == 0) {
      vertices[0] = source;
      return new EqualCostPaths(source, target, level, 0, totalPaths, ImmutableIntArray.copyOf(links),
          ImmutableIntArray.copyOf(vertices));
    }
    int[] nodeAt = new int[hops + 1];
    int[] edgeAt = new int[hops];
    int[] cursor = new int[hops];
    cursor[0] = edgeStart[0];
    int depth = 0;
    int path = 0;
    while (path < count) {
      int node = nodeAt[depth];
      if (cursor[depth] == edgeStart[node + 1]) {
        if (depth == 0) {
          break;
        }
        depth--;
        continue;
      }
      int edge = cursor[depth]++;
      edgeAt[depth] = edge;
      int next = edgeNode[edge];
      if (depth + 1 < hops) {
        depth++;
        nodeAt[depth] = next;
        cursor[depth] = edgeStart[next];
        continue;
      }
      int v = path * (hops + 1);
      int l = path * hops;
      for (int h = 0; h < hops; h++) {
        vertices[v + h] = nodeVertex[nodeAt[h]];
        links[l + h] = edgeLink[edgeAt[h]];
      }
      vertices[v + hops] = nodeVertex[next];
      path++;
    }
    return new EqualCostPaths(source, target, level, hops, totalPaths,
        ImmutableIntArray.copyOf(links).subArray(0, path * hops),
        ImmutableIntArray.copyOf(vertices).subArray(0, path * (hops + 1)));
  }
}
