package dev.podium.topology.fabric;

import com.google.common.base.Suppliers;
import dev.podium.api.topology.Level;
import dev.podium.api.topology.TopologyView;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.Precision;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.route.Routes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * An immutable cluster fabric: typed vertices, links with capacities, and the locality tree.
 *
 * <p>Vertex ids {@code 0 .. acceleratorCount()-1} are the accelerators in locality order; the other
 * vertices (hosts, switches) follow. Each non-accelerator vertex is owned by one domain of one level
 * (a rack switch by its rack, a host vertex by its host). Per-level figures are derived from the
 * links when the fabric is built (see {@code docs/TOPOLOGY.md}):
 *
 * <ul>
 *   <li>bandwidth of level L: for every lower level k and every domain d at k, the capacity of the
 *       links leaving d whose far end lies inside d's domain at level L, divided by d's
 *       accelerators; the minimum over all such k and d;
 *   <li>oversubscription of level L: for the vertices owned by domains of level L-1, the capacity of
 *       their links down into their domain divided by the capacity of their links out of it; the
 *       worst domain, 1 where there are no such uplinks;
 *   <li>latency of level L: the summed link latency of a fewest-hop path between two accelerators
 *       whose lowest common level is L, inside their common domain, or inside the smallest
 *       enclosing domain that connects them (leaves of one domain may meet only above it).
 * </ul>
 *
 * <p>Thread-safe and immutable.
 */
public final class Fabric implements TopologyView {

  private final String name;
  private final AcceleratorModel accelerator;
  private final List<String> levelNames;
  private final int hostLevel;
  private final int acceleratorCount;
  private final int top;
  private final int[][] domainStarts;
  private final int[][] domainOfAccelerator;
  /** Accelerator-major copy of the inner levels' domains (levels 1..top-1), for commonLevel. */
  private final int[] innerDomains;
  private final String[][] domainNames;
  private final VertexKind[] kinds;
  private final int[] ownerLevel;
  private final int[] ownerDomain;
  private final String[] otherNames;
  private final String[] otherTiers;
  private final SwitchModel[] otherModels;
  private final int[] hostVertices;
  private final int[] linkSource;
  private final int[] linkTarget;
  private final LinkKind[] linkKinds;
  private final LinkModel[] linkModels;
  private final int[] linkLanes;
  private final double[] linkCapacity;
  private final int[] adjacencyStart;
  private final int[] adjacentVertex;
  private final int[] adjacentLink;
  private final List<Level> levels;
  private final Supplier<Graph<Integer, Integer>> graph;
  private final Supplier<Routes> routes;

  Fabric(
      String name,
      AcceleratorModel accelerator,
      List<String> levelNames,
      int hostLevel,
      int[][] domainStarts,
      String[][] domainNames,
      VertexKind[] kinds,
      int[] ownerLevel,
      int[] ownerDomain,
      String[] otherNames,
      String[] otherTiers,
      SwitchModel[] otherModels,
      int[] hostVertices,
      int[] linkSource,
      int[] linkTarget,
      LinkKind[] linkKinds,
      LinkModel[] linkModels,
      int[] linkLanes) {
    this.name = name;
    this.accelerator = accelerator;
    this.levelNames = List.copyOf(levelNames);
    this.hostLevel = hostLevel;
    this.top = levelNames.size() - 1;
    this.acceleratorCount = domainStarts[top][1];
    this.domainStarts = domainStarts;
    this.domainNames = domainNames;
    this.kinds = kinds;
    this.ownerLevel = ownerLevel;
    this.ownerDomain = ownerDomain;
    this.otherNames = otherNames;
    this.otherTiers = otherTiers;
    this.otherModels = otherModels;
    this.hostVertices = hostVertices;
    this.linkSource = linkSource;
    this.linkTarget = linkTarget;
    this.linkKinds = linkKinds;
    this.linkModels = linkModels;
    this.linkLanes = linkLanes;

    this.domainOfAccelerator = new int[top + 1][];
    for (int level = 1; level <= top; level++) {
      int[] starts = domainStarts[level];
      int[] of = new int[acceleratorCount];
      for (int d = 0; d + 1 < starts.length; d++) {
        Arrays.fill(of, starts[d], starts[d + 1], d);
      }
      domainOfAccelerator[level] = of;
    }

    int inner = top - 1;
    this.innerDomains = new int[acceleratorCount * inner];
    for (int a = 0; a < acceleratorCount; a++) {
      for (int level = 1; level < top; level++) {
        innerDomains[a * inner + level - 1] = domainOfAccelerator[level][a];
      }
    }

    int links = linkSource.length;
    this.linkCapacity = new double[links];
    for (int e = 0; e < links; e++) {
      linkCapacity[e] = linkModels[e].bytesPerSecond() * linkLanes[e];
    }
    int vertices = kinds.length;
    this.adjacencyStart = new int[vertices + 1];
    for (int e = 0; e < links; e++) {
      adjacencyStart[linkSource[e] + 1]++;
      adjacencyStart[linkTarget[e] + 1]++;
    }
    for (int v = 0; v < vertices; v++) {
      adjacencyStart[v + 1] += adjacencyStart[v];
    }
    this.adjacentVertex = new int[2 * links];
    this.adjacentLink = new int[2 * links];
    int[] fill = Arrays.copyOf(adjacencyStart, vertices);
    for (int e = 0; e < links; e++) {
      int s = linkSource[e];
      int t = linkTarget[e];
      adjacentVertex[fill[s]] = t;
      adjacentLink[fill[s]++] = e;
      adjacentVertex[fill[t]] = s;
      adjacentLink[fill[t]++] = e;
    }
    this.levels = Collections.unmodifiableList(deriveLevels());
    this.graph = Suppliers.memoize(this::buildGraph);
    this.routes = Suppliers.memoize(() -> new Routes(this));
  }

  /** The fabric's name (the preset or spec it came from). */
  public String name() {
    return name;
  }

  /**
   * The same fabric under another name (which also names its top-level domain); everything else is
   * shared, since both are immutable.
   */
  public Fabric withName(String newName) {
    Objects.requireNonNull(newName, "newName");
    String[][] names = domainNames.clone();
    names[top] = new String[] {newName};
    return new Fabric(newName, accelerator, levelNames, hostLevel, domainStarts, names, kinds, ownerLevel,
        ownerDomain, otherNames, otherTiers, otherModels, hostVertices, linkSource, linkTarget, linkKinds,
        linkModels, linkLanes);
  }

  /** The accelerator every accelerator vertex is. */
  public AcceleratorModel accelerator() {
    return accelerator;
  }

  // ---- TopologyView ----

  @Override
  public int acceleratorCount() {
    return acceleratorCount;
  }

  @Override
  public List<Level> levels() {
    return levels;
  }

  @Override
  public int levelCount() {
    return top + 1;
  }

  @Override
  public int domainCount(int level) {
    checkLevel(level);
    return level == 0 ? acceleratorCount : domainStarts[level].length - 1;
  }

  @Override
  public int domainOf(int accelerator, int level) {
    checkLevel(level);
    if (accelerator < 0 || accelerator >= acceleratorCount) {
      throw new IndexOutOfBoundsException("accelerator " + accelerator + " of " + acceleratorCount);
    }
    return level == 0 ? accelerator : domainOfAccelerator[level][accelerator];
  }

  @Override
  public int firstMember(int level, int domain) {
    checkDomain(level, domain);
    return level == 0 ? domain : domainStarts[level][domain];
  }

  @Override
  public int memberCount(int level, int domain) {
    checkDomain(level, domain);
    return level == 0 ? 1 : domainStarts[level][domain + 1] - domainStarts[level][domain];
  }

  @Override
  public int commonLevel(int a, int b) {
    if (a < 0 || a >= acceleratorCount || b < 0 || b >= acceleratorCount) {
      throw new IndexOutOfBoundsException("accelerators " + a + ", " + b + " of " + acceleratorCount);
    }
    if (a == b) {
      return 0;
    }
    int inner = top - 1;
    int rowA = a * inner;
    int rowB = b * inner;
    for (int i = 0; i < inner; i++) {
      if (innerDomains[rowA + i] == innerDomains[rowB + i]) {
        return i + 1;
      }
    }
    return top;
  }

  // ---- locality ----

  /** Index of the level whose domains are hosts. */
  public int hostLevel() {
    return hostLevel;
  }

  /** Number of hosts (domains of the host level). */
  public int hostCount() {
    return hostVertices.length;
  }

  /** Name of domain {@code domain} at {@code level}; accelerators are named {@code host/index}. */
  public String domainName(int level, int domain) {
    checkDomain(level, domain);
    if (level == 0) {
      int host = domainOfAccelerator[hostLevel][domain];
      return domainNames[hostLevel][host] + "/" + (domain - domainStarts[hostLevel][host]);
    }
    return domainNames[level][domain];
  }

  /** The domain of {@code vertex}'s owner at {@code level}, or -1 when the owner lies above it. */
  public int domainOfVertex(int vertex, int level) {
    int owned = ownerLevel[vertex];
    if (owned > level) {
      return -1;
    }
    int someAccelerator = owned == 0 ? ownerDomain[vertex] : domainStarts[owned][ownerDomain[vertex]];
    return domainOf(someAccelerator, level);
  }

  /** The level that owns {@code vertex}: 0 for accelerators, the host level for hosts, etc. */
  public int ownerLevel(int vertex) {
    return ownerLevel[vertex];
  }

  /** The domain, at {@link #ownerLevel(int)}, that owns {@code vertex}. */
  public int ownerDomain(int vertex) {
    return ownerDomain[vertex];
  }

  /**
   * Bandwidth in bytes per second, per direction, when each half of domain {@code domain} at
   * {@code level} sends to the other half, the halves split along child domains: half the members
   * times the level's per-accelerator bandwidth. For a CLOS domain this is its bisection bandwidth;
   * for a torus pod whose optical switches are modelled as switched ports it is an upper bound.
   */
  public double bisectionBandwidth(int level, int domain) {
    return memberCount(level, domain) / 2.0 * bandwidth(level);
  }

  // ---- vertices ----

  /** Number of vertices: accelerators, hosts and switches. */
  public int vertexCount() {
    return kinds.length;
  }

  public VertexKind kind(int vertex) {
    return kinds[vertex];
  }

  /** A stable name for every vertex, unique within the fabric. */
  public String vertexName(int vertex) {
    return vertex < acceleratorCount ? domainName(0, vertex) : otherNames[vertex - acceleratorCount];
  }

  /** The tier of a switch ({@code leaf}, {@code spine}, {@code ocs}, ...), {@code host} for hosts, {@code accelerator} for accelerators. */
  public String tier(int vertex) {
    return vertex < acceleratorCount ? "accelerator" : otherTiers[vertex - acceleratorCount];
  }

  /** The switch part of a switch vertex; null for accelerators, hosts and logical switches of unknown part. */
  public SwitchModel switchModel(int vertex) {
    return vertex < acceleratorCount ? null : otherModels[vertex - acceleratorCount];
  }

  /** The host vertex of host-level domain {@code host}. */
  public int hostVertex(int host) {
    return hostVertices[host];
  }

  /** Switch and optical-switch counts per tier, lowest tier first. */
  public Map<String, Integer> switchesPerTier() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int level = 0; level <= top; level++) {
      for (int v = acceleratorCount; v < kinds.length; v++) {
        if (ownerLevel[v] == level
            && (kinds[v] == VertexKind.SWITCH || kinds[v] == VertexKind.OPTICAL_SWITCH)) {
          counts.merge(otherTiers[v - acceleratorCount], 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Number of switches of all tiers, optical ones included. */
  public int switchCount() {
    return switchesPerTier().values().stream().mapToInt(Integer::intValue).sum();
  }

  // ---- links ----

  /** Number of links (a link may bundle several parallel cables, see {@link #linkLanes}). */
  public int linkCount() {
    return linkSource.length;
  }

  public int linkSource(int link) {
    return linkSource[link];
  }

  public int linkTarget(int link) {
    return linkTarget[link];
  }

  public LinkKind linkKind(int link) {
    return linkKinds[link];
  }

  public LinkModel linkModel(int link) {
    return linkModels[link];
  }

  /** Parallel cables bundled into this link. */
  public int linkLanes(int link) {
    return linkLanes[link];
  }

  /** Capacity per direction in bytes per second (rate times lanes). */
  public double linkCapacity(int link) {
    return linkCapacity[link];
  }

  /** Number of physical cables: the sum of lanes over all links. */
  public long cableCount() {
    long cables = 0;
    for (int lanes : linkLanes) {
      cables += lanes;
    }
    return cables;
  }

  /** Number of links at {@code vertex}. */
  public int degree(int vertex) {
    return adjacencyStart[vertex + 1] - adjacencyStart[vertex];
  }

  /** The far end of the {@code i}-th link at {@code vertex}. */
  public int neighbor(int vertex, int i) {
    return adjacentVertex[adjacencyStart[vertex] + i];
  }

  /** The {@code i}-th link at {@code vertex}. */
  public int incidentLink(int vertex, int i) {
    return adjacentLink[adjacencyStart[vertex] + i];
  }

  // ---- totals ----

  /** Dense peak FLOP/s of all accelerators at {@code precision}. */
  public double peakFlops(Precision precision) {
    return accelerator.peakFlops(precision) * acceleratorCount;
  }

  /** HBM bytes of all accelerators. */
  public long hbmBytes() {
    return accelerator.hbmBytes() * acceleratorCount;
  }

  /**
   * The fabric as a JGraphT graph over the same vertex and link ids, edge weight = capacity in bytes
   * per second. Built on first use; immutable.
   */
  public Graph<Integer, Integer> graph() {
    return graph.get();
  }

  /**
   * The equal-cost paths between vertices of this fabric, computed on demand and cached; one
   * instance per fabric, enumerating up to {@link Routes#DEFAULT_MAX_PATHS} paths per pair.
   */
  public Routes routes() {
    return routes.get();
  }

  private Graph<Integer, Integer> buildGraph() {
    List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(linkSource.length);
    for (int e = 0; e < linkSource.length; e++) {
      edges.add(Triple.of(linkSource[e], linkTarget[e], linkCapacity[e]));
    }
    return new SparseIntUndirectedWeightedGraph(kinds.length, edges);
  }

  // ---- derivation of the per-level figures ----

  private List<Level> deriveLevels() {
    double[] bandwidth = deriveBandwidth();
    double[] oversubscription = deriveOversubscription();
    double[] latency = deriveLatency();
    List<Level> result = new ArrayList<>(top + 1);
    for (int level = 0; level <= top; level++) {
      result.add(
          new Level(level, levelNames.get(level), domainCount(level), bandwidth[level], latency[level],
              oversubscription[level]));
    }
    return result;
  }

  private double[] deriveBandwidth() {
    // egress[k][L][d]: capacity leaving domain d of level k usable by traffic of common level L.
    double[][][] egress = new double[top][][];
    for (int k = 0; k < top; k++) {
      egress[k] = new double[top + 1][domainCount(k)];
    }
    for (int e = 0; e < linkSource.length; e++) {
      int u = linkSource[e];
      int v = linkTarget[e];
      // A link serves traffic of level L only where both its ends lie in one domain of level L.
      int shared = sharedLevel(u, v);
      for (int k = 0; k < top; k++) {
        int du = domainOfVertex(u, k);
        int dv = domainOfVertex(v, k);
        if (du == dv) {
          continue;
        }
        if (du >= 0) {
          addEgress(egress[k], du, Math.max(k + 1, shared), linkCapacity[e]);
        }
        if (dv >= 0) {
          addEgress(egress[k], dv, Math.max(k + 1, shared), linkCapacity[e]);
        }
      }
    }
    double[] bandwidth = new double[top + 1];
    bandwidth[0] = Double.POSITIVE_INFINITY;
    for (int level = 1; level <= top; level++) {
      double min = Double.POSITIVE_INFINITY;
      for (int k = 0; k < level; k++) {
        double[] out = egress[k][level];
        for (int d = 0; d < out.length; d++) {
          double perAccelerator = out[d] / memberCount(k, d);
          if (perAccelerator < min) {
            min = perAccelerator;
            if (!(min > 0)) {
              throw new IllegalStateException(
                  "fabric " + name + ": " + levelNames(k) + " " + domainName(k, d)
                      + " has no link toward level " + levelNames(level));
            }
          }
        }
      }
      bandwidth[level] = min;
    }
    return bandwidth;
  }

  /** The lowest level at which two distinct vertices lie in one domain. */
  private int sharedLevel(int u, int v) {
    for (int level = 1; level < top; level++) {
      int du = domainOfVertex(u, level);
      if (du >= 0 && du == domainOfVertex(v, level)) {
        return level;
      }
    }
    return top;
  }

  private void addEgress(double[][] byLevel, int domain, int fromLevel, double capacity) {
    for (int level = fromLevel; level <= top; level++) {
      byLevel[level][domain] += capacity;
    }
  }

  private double[] deriveOversubscription() {
    double[] result = new double[top + 1];
    Arrays.fill(result, 1.0);
    for (int level = 1; level <= top; level++) {
      int owner = level - 1;
      if (owner == 0) {
        continue;
      }
      double[] down = new double[domainCount(owner)];
      double[] up = new double[domainCount(owner)];
      for (int v = acceleratorCount; v < kinds.length; v++) {
        if (ownerLevel[v] != owner) {
          continue;
        }
        int d = ownerDomain[v];
        for (int i = adjacencyStart[v]; i < adjacencyStart[v + 1]; i++) {
          int w = adjacentVertex[i];
          double capacity = linkCapacity[adjacentLink[i]];
          int dw = domainOfVertex(w, owner);
          if (dw != d) {
            up[d] += capacity;
          } else if (ownerLevel[w] < owner) {
            down[d] += capacity;
          }
        }
      }
      double worst = 0;
      for (int d = 0; d < down.length; d++) {
        if (up[d] > 0 && down[d] > 0) {
          worst = Math.max(worst, down[d] / up[d]);
        }
      }
      if (worst > 0) {
        result[level] = worst;
      }
    }
    return result;
  }

  private double[] deriveLatency() {
    double[] latency = new double[top + 1];
    int[] hops = new int[kinds.length];
    double[] sum = new double[kinds.length];
    int[] queue = new int[kinds.length];
    for (int level = 1; level <= top; level++) {
      latency[level] = latency[level - 1];
      int[] pair = pairWithCommonLevel(level);
      if (pair == null) {
        continue;
      }
      // Search inside the pair's domain first; leaves of one domain may meet only above it.
      Arrays.fill(hops, -1);
      for (int scope = level; scope <= top && hops[pair[1]] < 0; scope++) {
        int domain = domainOf(pair[0], scope);
        Arrays.fill(hops, -1);
        int head = 0;
        int tail = 0;
        queue[tail++] = pair[0];
        hops[pair[0]] = 0;
        sum[pair[0]] = 0;
        while (head < tail && hops[pair[1]] < 0) {
          int v = queue[head++];
          for (int i = adjacencyStart[v]; i < adjacencyStart[v + 1]; i++) {
            int w = adjacentVertex[i];
            if (hops[w] >= 0 || domainOfVertex(w, scope) != domain) {
              continue;
            }
            hops[w] = hops[v] + 1;
            sum[w] = sum[v] + linkModels[adjacentLink[i]].latencySeconds();
            queue[tail++] = w;
          }
        }
      }
      if (hops[pair[1]] < 0) {
        throw new IllegalStateException(
            "fabric " + name + ": " + vertexName(pair[0]) + " cannot reach " + vertexName(pair[1]));
      }
      latency[level] = sum[pair[1]];
    }
    return latency;
  }

  /** Two accelerators whose lowest common level is {@code level}, or null when no such pair exists. */
  private int[] pairWithCommonLevel(int level) {
    int child = level - 1;
    for (int d = 0; d < domainCount(level); d++) {
      int first = firstMember(level, d);
      int next = first + memberCount(child, domainOf(first, child));
      if (next < first + memberCount(level, d)) {
        return new int[] {first, next};
      }
    }
    return null;
  }

  private String levelNames(int level) {
    return levelNames.get(level);
  }

  private void checkLevel(int level) {
    if (level < 0 || level > top) {
      throw new IndexOutOfBoundsException("level " + level + " of " + (top + 1));
    }
  }

  private void checkDomain(int level, int domain) {
    if (domain < 0 || domain >= domainCount(level)) {
      throw new IndexOutOfBoundsException(
          "domain " + domain + " of " + domainCount(level) + " at level " + level);
    }
  }
}
