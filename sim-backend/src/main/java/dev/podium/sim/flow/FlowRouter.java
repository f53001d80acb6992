package dev.podium.sim.flow;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.fabric.VertexKind;
import dev.podium.topology.route.EqualCostPaths;
import dev.podium.topology.route.FlowHash;
import dev.podium.topology.route.Routes;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits every transfer into {@code queuePairs} flows of equal bytes and puts each flow on one
 * fewest-hop path of the fabric's {@link Routes} under the {@link RoutingMode}. Deterministic: the
 * same transfers and options give the same paths. Reuses its scratch arrays; one per thread.
 */
public final class FlowRouter {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int EPHEMERAL_PORTS = 49152;
  private static final int ROCE_PORT = 4791;
  private static final int UDP = 17;

  private final Fabric fabric;
  private final RoutingOptions options;
  private final Routes routes;
  private final int[] slice;
  private final double[] placed;
  private int[] path = new int[16];

  /** A router over {@code fabric}'s own routes (or its own enumeration when {@code maxPaths} differs). */
  public FlowRouter(Fabric fabric, RoutingOptions options) {
    this.fabric = Objects.requireNonNull(fabric, "fabric");
    this.options = Objects.requireNonNull(options, "options");
    boolean enumerates = options.mode() != RoutingMode.ECMP;
    this.routes = enumerates && options.maxPaths() != fabric.routes().maxPaths()
        ? new Routes(fabric, options.maxPaths(), Routes.DEFAULT_CACHE_INTS)
        : fabric.routes();
    this.slice = options.mode() == RoutingMode.PINNED ? slices(fabric) : null;
    this.placed = options.mode() == RoutingMode.ADAPTIVE ? new double[DirectedLinks.count(fabric)] : null;
  }

  /** The options this router applies. */
  public RoutingOptions options() {
    return options;
  }

  /** Routes every transfer of {@code transfers}: flow {@code i*queuePairs + k} is queue pair {@code k} of transfer {@code i}. */
  public RoutedFlows route(TransferSet transfers) {
    int pairs = options.queuePairs();
    int flows = Math.multiplyExact(transfers.size(), pairs);
    int[] rowStart = new int[flows + 1];
    int[] links = new int[Math.max(16, 4 * flows)];
    double[] bytes = new double[flows];
    double[] latency = new double[flows];
    int[] collectiveOf = new int[flows];
    if (placed != null) {
      Arrays.fill(placed, 0);
    }
    int n = 0;
    for (int i = 0; i < transfers.size(); i++) {
      int source = transfers.source(i);
      int target = transfers.target(i);
      double share = transfers.bytes(i) / pairs;
      EqualCostPaths paths = routes.paths(source, target);
      int hops = paths.hops();
      if (path.length < hops) {
        path = new int[2 * hops];
      }
      if (options.mode() == RoutingMode.PINNED) {
        // Every queue pair of a connection takes the pinned path.
        pin(paths, target);
      }
      for (int k = 0; k < pairs; k++) {
        int f = i * pairs + k;
        if (options.mode() == RoutingMode.ECMP) {
          routes.ecmpPick(source, target, flowHash(i, k, source, target), path);
        } else if (options.mode() == RoutingMode.ADAPTIVE) {
          leastLoaded(paths, source, share);
        }
        if (links.length < n + hops) {
          links = Arrays.copyOf(links, Math.max(2 * links.length, n + hops));
        }
        int at = source;
        double seconds = 0;
        for (int h = 0; h < hops; h++) {
          int link = path[h];
          links[n++] = DirectedLinks.id(fabric, link, at);
          at = fabric.linkSource(link) == at ? fabric.linkTarget(link) : fabric.linkSource(link);
          seconds += fabric.linkModel(link).latencySeconds();
        }
        rowStart[f + 1] = n;
        bytes[f] = share;
        latency[f] = seconds;
        collectiveOf[f] = transfers.collective(i);
      }
    }
    int[] steps = new int[transfers.collectiveCount()];
    for (int c = 0; c < steps.length; c++) {
      steps[c] = transfers.latencySteps(c);
    }
    return new RoutedFlows(fabric, flows, rowStart, Arrays.copyOf(links, n), bytes, latency, collectiveOf, steps);
  }

  /**
   * The ECMP hash of queue pair {@code k} of transfer {@code i}: the 5-tuple (source, target, UDP
   * source port, UDP port 4791, protocol 17) plus the destination QP number, port and QP drawn from
   * the seed, the transfer and the queue pair.
   */
  private long flowHash(int i, int k, int source, int target) {
    long connection = FlowHash.mix(options.seed() * GOLDEN + i);
    long drawn = FlowHash.mix(connection + (k + 1L) * GOLDEN);
    long sourcePort = EPHEMERAL_PORTS + (drawn >>> 50);
    long destinationQp = drawn & 0xFF_FFFFL;
    long h = FlowHash.mix(source * GOLDEN ^ target);
    h = FlowHash.mix(h ^ (sourcePort << 16 | ROCE_PORT));
    return FlowHash.mix(h ^ ((long) UDP << 24 | destinationQp));
  }

  /** Writes into {@link #path} the path pinned by {@code target}'s slice. */
  private void pin(EqualCostPaths paths, int target) {
    checkEnumerated(paths);
    int s = target < slice.length ? slice[target] : 0;
    int lo = 0;
    int hi = paths.pathCount();
    for (int h = 0; h < paths.hops(); h++) {
      int runs = 0;
      int previous = -1;
      for (int p = lo; p < hi; p++) {
        int link = paths.link(p, h);
        if (link != previous) {
          runs++;
          previous = link;
        }
      }
      int pick = s % runs;
      int run = -1;
      previous = -1;
      int start = lo;
      int end = hi;
      for (int p = lo; p < hi; p++) {
        int link = paths.link(p, h);
        if (link != previous) {
          run++;
          previous = link;
          if (run == pick) {
            start = p;
          } else if (run == pick + 1) {
            end = p;
            break;
          }
        }
      }
      lo = start;
      hi = end;
      path[h] = paths.link(lo, h);
    }
  }

  /** Writes into {@link #path} the least-loaded path for a flow of {@code bytes}, and books it. */
  private void leastLoaded(EqualCostPaths paths, int source, double bytes) {
    checkEnumerated(paths);
    int best = 0;
    double bestMax = Double.POSITIVE_INFINITY;
    double bestSum = Double.POSITIVE_INFINITY;
    for (int p = 0; p < paths.pathCount(); p++) {
      double max = 0;
      double sum = 0;
      int at = source;
      for (int h = 0; h < paths.hops(); h++) {
        int link = paths.link(p, h);
        int d = DirectedLinks.id(fabric, link, at);
        at = DirectedLinks.to(fabric, d);
        double load = (placed[d] + bytes) / fabric.linkCapacity(link);
        max = Math.max(max, load);
        sum += load;
      }
      if (max < bestMax || (max == bestMax && sum < bestSum)) {
        best = p;
        bestMax = max;
        bestSum = sum;
      }
    }
    int at = source;
    for (int h = 0; h < paths.hops(); h++) {
      int link = paths.link(best, h);
      int d = DirectedLinks.id(fabric, link, at);
      at = DirectedLinks.to(fabric, d);
      placed[d] += bytes;
      path[h] = link;
    }
  }

  private void checkEnumerated(EqualCostPaths paths) {
    if (paths.capped()) {
      throw new IllegalArgumentException(String.format(
          "%s routing needs every equal-cost path: %s to %s has %d, more than the %d enumerated;"
              + " raise maxPaths", options.mode(), fabric.vertexName(paths.source()),
          fabric.vertexName(paths.target()), paths.totalPaths(), paths.pathCount()));
    }
  }

  /**
   * Every accelerator's destination slice: its index, in id order, among the accelerators whose
   * NIC links land on the same switch; its index within its host when it has no NIC to a switch.
   */
  static int[] slices(Fabric fabric) {
    int n = fabric.acceleratorCount();
    int[] slice = new int[n];
    int[] seen = new int[fabric.vertexCount()];
    for (int a = 0; a < n; a++) {
      int leaf = -1;
      for (int i = 0; i < fabric.degree(a) && leaf < 0; i++) {
        int w = fabric.neighbor(a, i);
        if (fabric.linkKind(fabric.incidentLink(a, i)) == LinkKind.NIC && fabric.kind(w) == VertexKind.SWITCH) {
          leaf = w;
        }
      }
      slice[a] = leaf >= 0
          ? seen[leaf]++
          : a - fabric.firstMember(fabric.hostLevel(), fabric.domainOf(a, fabric.hostLevel()));
    }
    return slice;
  }

}
