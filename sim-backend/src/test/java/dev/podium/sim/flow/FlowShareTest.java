package dev.podium.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.Dimension;
import dev.podium.api.comm.RankGroups;
import dev.podium.api.comm.Traffic;
import dev.podium.api.job.Parallelism;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowShareTest {

  private static final Fabric ZONE = AiZones.zone(4, 1.0);
  private static final double NIC = 50e9;

  @Test
  void twoFlowsIntoOneGpuShareItsDownlink() {
    TransferSet transfers = new TransferSet();
    int a = transfers.addCollective(1);
    int b = transfers.addCollective(1);
    transfers.add(a, 0, 20, 1e9);
    transfers.add(b, 40, 20, 1e9);
    RoutedFlows flows = new FlowRouter(ZONE, RoutingOptions.adaptive(1)).route(transfers);
    CollectiveTimes times = new FlowShare().share(flows);
    assertThat(times.rate(0)).isCloseTo(NIC / 2, within(1.0));
    assertThat(times.seconds(a)).isCloseTo(1e9 / (NIC / 2) + 4e-6, within(1e-12));
    assertThat(times.slowest()).isEqualTo(Math.max(times.seconds(a), times.seconds(b)));
  }

  @Test
  void endpointsOnlyDropsTheCoreButKeepsThePorts() {
    TransferSet transfers = new TransferSet();
    int c = transfers.addCollective(1);
    // All 16 GPUs of rack 0 to rack 1 through one pinned uplink each: slices 0..15 are distinct.
    for (int i = 0; i < 16; i++) {
      transfers.add(c, i, 16 + i, 1e9);
    }
    // A second sender into GPU 16 halves its port in both views.
    transfers.add(c, 40, 16, 1e9);
    RoutedFlows flows = new FlowRouter(ZONE, RoutingOptions.pinned()).route(transfers);
    RoutedFlows ports = flows.endpointsOnly();
    assertThat(ports.hops(0)).isEqualTo(2);
    assertThat(ports.link(0, 0)).isEqualTo(flows.link(0, 0));
    assertThat(ports.link(0, 1)).isEqualTo(flows.link(0, 3));
    CollectiveTimes shared = new FlowShare().share(flows);
    CollectiveTimes ideal = new FlowShare().share(ports);
    assertThat(ideal.rate(16)).isCloseTo(NIC / 2, within(1.0));
    assertThat(shared.rate(16)).isCloseTo(NIC / 2, within(1.0));
    assertThat(ideal.seconds(c)).isCloseTo(shared.seconds(c), within(1e-12));
  }

  @Test
  void untaperedCapacitiesLiftMetasAggregationLinksSevenfold() {
    Fabric meta = Presets.find("meta-24k-roce").build();
    double[] built = DirectedLinks.capacities(meta);
    double[] flat = DirectedLinks.untapered(meta);
    int upper = 0;
    int lower = 0;
    for (int e = 0; e < meta.linkCount(); e++) {
      String a = meta.tier(meta.linkSource(e));
      String b = meta.tier(meta.linkTarget(e));
      if (a.equals("ctsw") && b.equals("atsw") || a.equals("atsw") && b.equals("ctsw")) {
        assertThat(flat[2 * e]).isCloseTo(7 * built[2 * e], within(1.0));
        assertThat(flat[2 * e + 1]).isCloseTo(7 * built[2 * e + 1], within(1.0));
        upper++;
      } else {
        assertThat(flat[2 * e]).isEqualTo(built[2 * e]);
        lower++;
      }
    }
    assertThat(upper).isEqualTo(8 * 16 * 28);
    assertThat(lower).isPositive();
  }

  @Test
  void replayTimesARingAllReduceAtTheNicRate() {
    // 4 ranks, one per host, two racks: a ring over NICs; each edge carries 2(n-1)/n of 1 GB.
    Parallelism p = Parallelism.dataParallel(4);
    CommunicationPlan plan = new CommunicationPlan(4, List.of(
        new Traffic(Dimension.DP, Collective.ALL_REDUCE, RankGroups.of(p, Dimension.DP), 1e9, 3)), 0);
    int[] placement = {0, 8, 16, 24};
    StepTiming timing = new CollectiveReplay(ZONE, RoutingOptions.adaptive(1)).replay(plan, placement);
    assertThat(timing.entries()).hasSize(1);
    EntryTiming entry = timing.entries().get(0);
    double expected = 1.5e9 / NIC + 6 * 4e-6;
    assertThat(entry.secondsPerCall()).isCloseTo(expected, within(1e-12));
    assertThat(timing.communicationSeconds()).isCloseTo(3 * expected, within(1e-12));
    assertThat(entry.groups()).isEqualTo(1);
  }
}
