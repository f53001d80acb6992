package dev.podium.sim.flow;

import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.Traffic;
import dev.podium.core.cost.CostModel;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one job's collectives step by step in the flow-level mode: each traffic entry of its plan
 * alone on the fabric, one call of every group at once, routed by a {@link FlowRouter} and timed by
 * a {@link FlowShare}. Routing and timing are separate so that one routing can be timed on several
 * sets of capacities (the fabric as built, or {@link DirectedLinks#untapered}). One per thread.
 */
public final class CollectiveReplay {

  private final Fabric fabric;
  private final CostModel cost;
  private final FlowRouter router;
  private final FlowShare share = new FlowShare();

  /** A replay on {@code fabric} routing with {@code options}. */
  public CollectiveReplay(Fabric fabric, RoutingOptions options) {
    this.fabric = fabric;
    this.cost = new CostModel(fabric);
    this.router = new FlowRouter(fabric, options);
  }

  /** The fabric replayed on. */
  public Fabric fabric() {
    return fabric;
  }

  /** One call of every traffic entry of {@code plan} with rank {@code r} on {@code placement[r]}, routed; one per entry. */
  public List<RoutedFlows> route(CommunicationPlan plan, int[] placement) {
    if (placement.length != plan.ranks()) {
      throw new IllegalArgumentException("placement has " + placement.length + " ranks, the plan " + plan.ranks());
    }
    List<RoutedFlows> routed = new ArrayList<>(plan.traffic().size());
    for (Traffic traffic : plan.traffic()) {
      TransferSet transfers = new TransferSet();
      transfers.addTraffic(cost, traffic, placement);
      routed.add(router.route(transfers));
    }
    return routed;
  }

  /** Times entries routed by {@link #route} with {@code capacity} per directed link. */
  public StepTiming time(CommunicationPlan plan, List<RoutedFlows> routed, double[] capacity) {
    if (routed.size() != plan.traffic().size()) {
      throw new IllegalArgumentException("expected " + plan.traffic().size() + " routed entries, got " + routed.size());
    }
    List<EntryTiming> entries = new ArrayList<>(routed.size());
    for (int t = 0; t < routed.size(); t++) {
      Traffic traffic = plan.traffic().get(t);
      double seconds = share.share(routed.get(t), capacity).seconds(0);
      entries.add(new EntryTiming(traffic.dimension(), traffic.collective(), traffic.groups().count(), seconds,
          traffic.callsPerStep()));
    }
    return new StepTiming(entries);
  }

  /** Routes and times {@code plan} on the fabric's own capacities. */
  public StepTiming replay(CommunicationPlan plan, int[] placement) {
    return time(plan, route(plan, placement), DirectedLinks.capacities(fabric));
  }
}
