package dev.podium.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.VertexKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowRouterTest {

  private static final Fabric ZONE = AiZones.zone(4, 1.0);

  @Test
  void everyFlowFollowsAConnectedFewestHopPath() {
    TransferSet transfers = new TransferSet();
    int c = transfers.addCollective(1);
    transfers.add(c, 0, 17, 1e6);
    transfers.add(c, 3, 5, 1e6);
    for (RoutingOptions options : new RoutingOptions[] {RoutingOptions.ecmp(4, 1), RoutingOptions.pinned(),
        RoutingOptions.adaptive(4)}) {
      RoutedFlows flows = new FlowRouter(ZONE, options).route(transfers);
      assertThat(flows.flowCount()).isEqualTo(2 * options.queuePairs());
      for (int f = 0; f < flows.flowCount(); f++) {
        int transfer = f / options.queuePairs();
        int at = transfer == 0 ? 0 : 3;
        for (int h = 0; h < flows.hops(f); h++) {
          assertThat(DirectedLinks.from(ZONE, flows.link(f, h))).isEqualTo(at);
          at = DirectedLinks.to(ZONE, flows.link(f, h));
        }
        assertThat(at).isEqualTo(transfer == 0 ? 17 : 5);
        assertThat(flows.hops(f)).isEqualTo(ZONE.routes().paths(transfer == 0 ? 0 : 3, at).hops());
        assertThat(flows.bytes(f)).isEqualTo(1e6 / options.queuePairs());
        // 4 RoCE hops of 1 us across racks; 2 NVLink hops of 0.3 us inside a host
        assertThat(flows.latencySeconds(f)).isCloseTo(transfer == 0 ? 4e-6 : 0.6e-6, within(1e-15));
      }
    }
  }

  @Test
  void ecmpHashesEveryQueuePairOnItsOwnAndRepeatsForTheSameSeed() {
    TransferSet transfers = new TransferSet();
    int c = transfers.addCollective(1);
    transfers.add(c, 0, 16, 1e6);
    RoutedFlows a = new FlowRouter(ZONE, RoutingOptions.ecmp(64, 5)).route(transfers);
    RoutedFlows b = new FlowRouter(ZONE, RoutingOptions.ecmp(64, 5)).route(transfers);
    RoutedFlows other = new FlowRouter(ZONE, RoutingOptions.ecmp(64, 6)).route(transfers);
    Set<Integer> uplinks = new HashSet<>();
    boolean differs = false;
    for (int f = 0; f < a.flowCount(); f++) {
      assertThat(a.link(f, 1)).isEqualTo(b.link(f, 1));
      differs |= a.link(f, 1) != other.link(f, 1);
      uplinks.add(a.link(f, 1));
    }
    assertThat(differs).isTrue();
    assertThat(uplinks).hasSize(16);
  }

  @Test
  void pinningSendsEverythingForDownlinkIUpUplinkI() {
    int[] slice = FlowRouter.slices(ZONE);
    assertThat(slice[0]).isZero();
    assertThat(slice[15]).isEqualTo(15);
    assertThat(slice[16]).isZero();
    TransferSet transfers = new TransferSet();
    int c = transfers.addCollective(1);
    // From rack 0 to GPU 3 of racks 1, 2 and 3 (slice 3), and to GPU 11 of rack 1 (slice 11).
    transfers.add(c, 0, 16 + 3, 1);
    transfers.add(c, 8, 32 + 3, 1);
    transfers.add(c, 1, 48 + 3, 1);
    transfers.add(c, 2, 16 + 11, 1);
    RoutedFlows flows = new FlowRouter(ZONE, RoutingOptions.pinned()).route(transfers);
    int rtsw = DirectedLinks.to(ZONE, flows.link(0, 0));
    int[] ctsw = new int[4];
    for (int f = 0; f < 4; f++) {
      ctsw[f] = DirectedLinks.to(ZONE, flows.link(f, 1));
      assertThat(ZONE.kind(ctsw[f])).isEqualTo(VertexKind.SWITCH);
    }
    assertThat(ctsw[0]).isEqualTo(ctsw[1]).isEqualTo(ctsw[2]).isNotEqualTo(ctsw[3]);
    // The uplink is the slice-th of the RTSW's uplinks in link-id order.
    int[] uplinks = uplinks(rtsw);
    assertThat(flows.link(0, 1)).isEqualTo(uplinks[3]);
    assertThat(flows.link(3, 1)).isEqualTo(uplinks[11]);
  }

  @Test
  void adaptiveSpreadsSixteenFlowsOverSixteenUplinks() {
    TransferSet transfers = new TransferSet();
    int c = transfers.addCollective(1);
    for (int i = 0; i < 16; i++) {
      transfers.add(c, i, 16 + (i * 7) % 16, 1e6);
    }
    RoutedFlows flows = new FlowRouter(ZONE, RoutingOptions.adaptive(1)).route(transfers);
    int rtsw = DirectedLinks.to(ZONE, flows.link(0, 0));
    LinkLoads loads = flows.loads();
    assertThat(loads.maxToMean(uplinks(rtsw))).isEqualTo(1.0);
    assertThat(loads.maxToMeanFlows(uplinks(rtsw))).isEqualTo(1.0);
    double[] bytes = flows.bytesOn(uplinks(rtsw));
    assertThat(bytes).containsOnly(1e6);
    assertThat(LinkLoads.maxToMean(new double[] {1, 3})).isEqualTo(1.5);
  }

  @Test
  void pinningAndAdaptiveRefuseAPairWithMorePathsThanEnumerated() {
    TransferSet transfers = new TransferSet();
    transfers.add(transfers.addCollective(1), 0, 16, 1);
    assertThatThrownBy(() -> new FlowRouter(ZONE, RoutingOptions.adaptive(1).withMaxPaths(8)).route(transfers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 16, more than the 8 enumerated");
  }

  /** Directed uplinks of {@code rtsw}, in link-id order. */
  static int[] uplinks(int rtsw) {
    return java.util.stream.IntStream.range(0, ZONE.degree(rtsw))
        .filter(i -> ZONE.kind(ZONE.neighbor(rtsw, i)) == VertexKind.SWITCH)
        .map(i -> DirectedLinks.id(ZONE, ZONE.incidentLink(rtsw, i), rtsw))
        .sorted()
        .toArray();
  }
}
