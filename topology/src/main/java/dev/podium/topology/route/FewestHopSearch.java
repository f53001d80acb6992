package dev.podium.topology.route;

import com.google.common.math.LongMath;
import com.google.common.primitives.ImmutableIntArray;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.fabric.VertexKind;
import java.util.Arrays;

/**
 * Breadth-first search for the fewest-hop paths between two vertices, over the fabric's adjacency
 * arrays and only through vertices of one locality domain; the lowest domain that both endpoints
 * share and that connects them is tried first, then the enclosing ones.
 *
 * <p>Forwarding rule: switches forward between any links; hosts and accelerators forward only
 * between scale-up and optical links (an NVSwitch plane, a torus chip), so a path never enters an
 * accelerator's NIC or a host's PCIe link except at its own endpoints. Only when no domain connects
 * the endpoints under that rule (a rail-only fabric, whose rails meet nowhere but in the hosts) is
 * the search repeated with every vertex forwarding, which relays through a GPU of a host over
 * NVLink onto its NIC, as NCCL's PXN does.
 *
 * <p>The scratch arrays are sized to the fabric and reused: a search touches only the vertices it
 * reaches (entries are valid when stamped with the current epoch). Not thread-safe; {@link Routes}
 * keeps one per thread.
 */
final class FewestHopSearch {

  private final Fabric fabric;
  private final int[] stamp;
  private final int[] dist;
  private final long[] count;
  private final int[] queue;
  private final int[] nodeStamp;
  private final int[] nodeOf;
  private int epoch;
  private boolean relay;

  FewestHopSearch(Fabric fabric) {
    this.fabric = fabric;
    int vertices = fabric.vertexCount();
    this.stamp = new int[vertices];
    this.dist = new int[vertices];
    this.count = new long[vertices];
    this.queue = new int[vertices];
    this.nodeStamp = new int[vertices];
    this.nodeOf = new int[vertices];
  }

  /** The fewest-hop paths from {@code source} to {@code target}, at most {@code maxPaths} enumerated. */
  PathDag search(int source, int target, int maxPaths) {
    if (source == target) {
      return new PathDag(source, target, fabric.ownerLevel(source), 0, 1, new int[] {source},
          new int[] {0, 0}, new int[0], new int[0], maxPaths);
    }
    int top = fabric.levelCount() - 1;
    for (int pass = 0; pass < 2; pass++) {
      relay = pass == 1;
      for (int level = sharedLevel(source, target); level <= top; level++) {
        int sourceDist = label(source, target, level, fabric.domainOfVertex(source, level));
        if (sourceDist > 0) {
          return collect(source, target, level, sourceDist, maxPaths);
        }
      }
    }
    throw new IllegalStateException("fabric " + fabric.name() + ": no route from "
        + fabric.vertexName(source) + " to " + fabric.vertexName(target));
  }

  /** The lowest level at which both vertices lie in one domain. */
  private int sharedLevel(int a, int b) {
    int top = fabric.levelCount() - 1;
    for (int level = Math.max(fabric.ownerLevel(a), fabric.ownerLevel(b)); level < top; level++) {
      if (fabric.domainOfVertex(a, level) == fabric.domainOfVertex(b, level)) {
        return level;
      }
    }
    return top;
  }

  /**
   * Labels vertices of the domain with their hop distance to {@code target} and their number of
   * fewest-hop paths to it, layer by layer until the layer of {@code source} is complete; returns
   * the source's distance, or -1 when the domain does not connect the two.
   */
  private int label(int source, int target, int level, int domain) {
    nextEpoch();
    int head = 0;
    int tail = 0;
    stamp[target] = epoch;
    dist[target] = 0;
    count[target] = 1;
    queue[tail++] = target;
    int sourceDist = Integer.MAX_VALUE;
    while (head < tail) {
      int v = queue[head++];
      int next = dist[v] + 1;
      if (next > sourceDist) {
        break;
      }
      for (int i = 0, degree = fabric.degree(v); i < degree; i++) {
        int w = fabric.neighbor(v, i);
        if (stamp[w] == epoch) {
          if (dist[w] == next && usable(v, w, fabric.incidentLink(v, i), source, target)) {
            count[w] = LongMath.saturatedAdd(count[w], count[v]);
          }
          continue;
        }
        if (!usable(v, w, fabric.incidentLink(v, i), source, target)
            || fabric.domainOfVertex(w, level) != domain) {
          continue;
        }
        stamp[w] = epoch;
        dist[w] = next;
        count[w] = count[v];
        if (w == source) {
          sourceDist = next;
        } else if (next < sourceDist) {
          queue[tail++] = w;
        }
      }
    }
    return sourceDist == Integer.MAX_VALUE ? -1 : sourceDist;
  }

  /** Collects the labelled vertices that lie on a fewest-hop path, walking down from the source. */
  private PathDag collect(int source, int target, int level, int hops, int maxPaths) {
    int[] order = queue;
    ImmutableIntArray.Builder starts = ImmutableIntArray.builder();
    ImmutableIntArray.Builder nodes = ImmutableIntArray.builder();
    ImmutableIntArray.Builder links = ImmutableIntArray.builder();
    nodeStamp[source] = epoch;
    nodeOf[source] = 0;
    order[0] = source;
    int nodeCount = 1;
    int edges = 0;
    for (int n = 0; n < nodeCount; n++) {
      int v = order[n];
      starts.add(edges);
      int down = dist[v] - 1;
      if (down < 0) {
        continue;
      }
      for (int i = 0, degree = fabric.degree(v); i < degree; i++) {
        int w = fabric.neighbor(v, i);
        int link = fabric.incidentLink(v, i);
        if (stamp[w] != epoch || dist[w] != down || !usable(v, w, link, source, target)) {
          continue;
        }
        if (nodeStamp[w] != epoch) {
          nodeStamp[w] = epoch;
          nodeOf[w] = nodeCount;
          order[nodeCount++] = w;
        }
        nodes.add(nodeOf[w]);
        links.add(link);
        edges++;
      }
    }
    starts.add(edges);
    return new PathDag(source, target, level, hops, count[source], Arrays.copyOf(order, nodeCount),
        starts.build().toArray(), nodes.build().toArray(), links.build().toArray(), maxPaths);
  }

  /** Whether a path may cross the link {@code link} between {@code v} and {@code w}. */
  private boolean usable(int v, int w, int link, int source, int target) {
    LinkKind kind = fabric.linkKind(link);
    if (relay || kind == LinkKind.SCALE_UP || kind == LinkKind.OPTICAL) {
      return true;
    }
    return (v == source || v == target || forwards(v)) && (w == source || w == target || forwards(w));
  }

  private boolean forwards(int vertex) {
    VertexKind kind = fabric.kind(vertex);
    return kind == VertexKind.SWITCH || kind == VertexKind.OPTICAL_SWITCH;
  }

  private void nextEpoch() {
    if (epoch == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      Arrays.fill(nodeStamp, 0);
      epoch = 0;
    }
    epoch++;
  }
}
