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
   * Adds group {@code g}'s bytes per step to {@code bytes} (and spans to {@code spanning} when not
   * null); returns the group's time for one call.
   */
  double group(Traffic traffic, int g, int[] acceleratorOfRank, double[] bytes, int[] spanning) {
    RankGroups groups = traffic.groups();
    int n = groups.size(g);
    if (n < 2 || traffic.messageBytes() == 0) {
      return 0;
    }
    if (members.length < n) {
      members = new int[Math.max(n, 2 * members.length)];
    }
    for (int i = 0; i < n; i++) {
      members[i] = acceleratorOfRank[groups.member(g, i)];
    }
    double message = traffic.messageBytes();
    double calls = traffic.callsPerStep();
    Collective collective = traffic.collective();
    double time;
    int maxLevel = 0;
    if (collective == Collective.SEND_RECV) {
      time = 0;
      for (int i = 0; i + 1 < n; i++) {
        int level = topology.commonLevel(members[i], members[i + 1]);
        bytes[level] += message * calls;
        time = Math.max(time, message / bandwidth[level] + latency[level]);
        maxLevel = Math.max(maxLevel, level);
      }
    } else if (collective == Collective.ALL_TO_ALL) {
      double share = message / n;
      time = 0;
      for (int i = 0; i < n; i++) {
        double rankTime = 0;
        for (int j = 0; j < n; j++) {
          if (i != j) {
            int level = topology.commonLevel(members[i], members[j]);
            bytes[level] += share * calls;
            rankTime += share / bandwidth[level];
            maxLevel = Math.max(maxLevel, level);
          }
        }
        time = Math.max(time, rankTime + (n - 1) * latency[maxLevel]);
      }
    } else {
      Arrays.sort(members, 0, n);
      double perEdge = (collective == Collective.ALL_REDUCE ? 2.0 : 1.0) * (n - 1) / n * message;
      double slowest = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        int level = topology.commonLevel(members[i], members[(i + 1) % n]);
        bytes[level] += perEdge * calls;
        slowest = Math.min(slowest, bandwidth[level]);
        maxLevel = Math.max(maxLevel, level);
      }
      int steps = (collective == Collective.ALL_REDUCE ? 2 : 1) * (n - 1);
      time = perEdge / slowest + steps * latency[maxLevel];
    }
    if (spanning != null) {
      for (int level = 1; level <= maxLevel; level++) {
        spanning[level]++;
      }
    }
    return time;
  }
}
