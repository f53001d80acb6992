package dev.podium.core.cost;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.RankGroups;
import dev.podium.api.comm.Traffic;
import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evaluates placements of communication plans on one topology. Ring collectives run over each
 * group's accelerators in locality (id) order, as NCCL builds rings; each ring edge carries
 * {@code 2(n-1)/n} of the buffer for all-reduce and {@code (n-1)/n} for all-gather and
 * reduce-scatter; all-to-all sends {@code 1/n} of the buffer to every other member; send/recv sends
 * the buffer along the group's order.
 *
 * <p>Reuses scratch arrays: one instance per thread.
 */
public final class CostModel {

  private final TopologyView topology;
  private final int levels;
  private final double[] bandwidth;
  private final double[] latency;
  private int[] members = new int[64];
  private final GroupTally tally = new GroupTally();

  public CostModel(TopologyView topology) {
    this.topology = topology;
    this.levels = topology.levelCount();
    this.bandwidth = new double[levels];
    this.latency = new double[levels];
    for (int level = 0; level < levels; level++) {
      bandwidth[level] = topology.bandwidth(level);
      latency[level] = topology.latency(level);
    }
  }

  /** The topology this model evaluates on. */
  public TopologyView topology() {
    return topology;
  }

  /** The full cost of {@code plan} with rank {@code r} on {@code acceleratorOfRank[r]}. */
  public PlacementCost evaluate(CommunicationPlan plan, int[] acceleratorOfRank) {
    double[] total = new double[levels];
    double seconds = 0;
    List<TrafficCost> parts = new ArrayList<>(plan.traffic().size());
    for (Traffic traffic : plan.traffic()) {
      double[] bytes = new double[levels];
      int[] spanning = new int[levels];
      double worst = 0;
      RankGroups groups = traffic.groups();
      for (int g = 0; g < groups.count(); g++) {
        worst = Math.max(worst, group(traffic, g, acceleratorOfRank, bytes, spanning));
      }
      double trafficSeconds = worst * traffic.callsPerStep();
      seconds += trafficSeconds;
      for (int level = 0; level < levels; level++) {
        total[level] += bytes[level];
      }
      parts.add(new TrafficCost(traffic.dimension(), traffic.collective(), groups.count(), bytes, spanning,
          trafficSeconds));
    }
    return new PlacementCost(total, seconds, List.copyOf(parts));
  }

  /** Only the per-level bytes, into {@code out} (cleared first); no allocation. */
  public void crossBytes(CommunicationPlan plan, int[] acceleratorOfRank, double[] out) {
    Arrays.fill(out, 0);
    for (Traffic traffic : plan.traffic()) {
      RankGroups groups = traffic.groups();
      for (int g = 0; g < groups.count(); g++) {
        group(traffic, g, acceleratorOfRank, out, null);
      }
    }
  }

  /** Adds group {@code g} of {@code traffic}'s bytes per step to {@code out}; no allocation. */
  public void groupBytes(Traffic traffic, int g, int[] acceleratorOfRank, double[] out) {
    group(traffic, g, acceleratorOfRank, out, null);
  }

  /**
   * Visits every transfer of one call of group {@code g}: ring edges over the members sorted by id
   * ({@code 2(n-1)/n} of the message for all-reduce, {@code (n-1)/n} for all-gather and
   * reduce-scatter), every ordered pair for all-to-all ({@code 1/n} each), the group's order for
   * send/recv. No allocation once the scratch array is large enough.
   */
  public void transfers(Traffic traffic, int g, int[] acceleratorOfRank, TransferVisitor visitor) {
    RankGroups groups = traffic.groups();
    int n = groups.size(g);
    if (n < 2 || traffic.messageBytes() == 0) {
      return;
    }
    if (members.length < n) {
      members = new int[Math.max(n, 2 * members.length)];
    }
    for (int i = 0; i < n; i++) {
      members[i] = acceleratorOfRank[groups.member(g, i)];
    }
    double message = traffic.messageBytes();
    switch (traffic.collective()) {
      case SEND_RECV -> {
        for (int i = 0; i + 1 < n; i++) {
          visitor.transfer(members[i], members[i + 1], topology.commonLevel(members[i], members[i + 1]), message);
        }
      }
      case ALL_TO_ALL -> {
        double share = message / n;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (i != j) {
              visitor.transfer(members[i], members[j], topology.commonLevel(members[i], members[j]), share);
            }
          }
        }
      }
      default -> {
        Arrays.sort(members, 0, n);
        double perEdge = (traffic.collective() == Collective.ALL_REDUCE ? 2.0 : 1.0) * (n - 1) / n * message;
        for (int i = 0; i < n; i++) {
          int next = members[(i + 1) % n];
          visitor.transfer(members[i], next, topology.commonLevel(members[i], next), perEdge);
        }
      }
    }
  }

  /**
   * Adds group {@code g}'s bytes per step to {@code bytes} (and spans to {@code spanning} when not
   * null); returns the group's time for one call: a ring moves at its slowest edge plus a latency
   * per step, all-to-all at the largest per-rank sum of transfer times, send/recv at its slowest hop.
   */
  double group(Traffic traffic, int g, int[] acceleratorOfRank, double[] bytes, int[] spanning) {
    int n = traffic.groups().size(g);
    if (n < 2 || traffic.messageBytes() == 0) {
      return 0;
    }
    GroupTally t = tally;
    t.reset(bytes, traffic.callsPerStep(), n);
    transfers(traffic, g, acceleratorOfRank, t);
    double time = switch (traffic.collective()) {
      case SEND_RECV -> t.slowestHop;
      case ALL_TO_ALL -> t.slowestRank() + (n - 1) * latency[t.maxLevel];
      default -> t.ringBytes / t.slowestBandwidth
          + (traffic.collective() == Collective.ALL_REDUCE ? 2 : 1) * (n - 1) * latency[t.maxLevel];
    };
    if (spanning != null) {
      for (int level = 1; level <= t.maxLevel; level++) {
        spanning[level]++;
      }
    }
    return time;
  }

  /** Accumulates one group's transfers into bytes per level and the figures its time needs. */
  private final class GroupTally implements TransferVisitor {
    double[] bytes;
    double calls;
    int maxLevel;
    double slowestBandwidth;
    double slowestHop;
    double ringBytes;
    double[] perRank = new double[64];
    int[] rankOf = new int[0];
    int senders;
    int lastFrom = -1;

    void reset(double[] out, double callsPerStep, int n) {
      bytes = out;
      calls = callsPerStep;
      maxLevel = 0;
      slowestBandwidth = Double.POSITIVE_INFINITY;
      slowestHop = 0;
      ringBytes = 0;
      if (perRank.length < n) {
        perRank = new double[2 * n];
      }
      Arrays.fill(perRank, 0, n, 0);
      senders = 0;
      lastFrom = -1;
    }

    @Override
    public void transfer(int from, int to, int level, double bytesPerCall) {
      bytes[level] += bytesPerCall * calls;
      maxLevel = Math.max(maxLevel, level);
      slowestBandwidth = Math.min(slowestBandwidth, bandwidth[level]);
      slowestHop = Math.max(slowestHop, bytesPerCall / bandwidth[level] + latency[level]);
      ringBytes = bytesPerCall;
      if (from != lastFrom) {
        lastFrom = from;
        senders++;
      }
      perRank[senders - 1] += bytesPerCall / bandwidth[level];
    }

    double slowestRank() {
      double slowest = 0;
      for (int i = 0; i < senders; i++) {
        slowest = Math.max(slowest, perRank[i]);
      }
      return slowest;
    }
  }
}
