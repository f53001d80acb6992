package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.QM9700;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_800G;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.FlowCuts;
import dev.podium.topology.fabric.Fabric;
import java.util.List;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

/** Corner cases of {@link ClosGenerator} found by the properties of {@link ClosFabricPropertiesTest}. */
class ClosGeneratorTest {

  @Test
  void aSingleTierWhoseHostsShareNoSwitchIsRefused() {
    // Two hosts of one GPU over two leaves and no tier above: node0 and node1 share no switch.
    ClosSpec spec = new ClosSpec("split", H100, 1, NVLINK4, IB_NDR, false,
        List.of(new ClosTier("cluster", "leaf", 2, 2, 1.0, QM9700, null)), 0);

    assertThatThrownBy(() -> ClosGenerator.build(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier cluster: its 2 leaf switches per domain are joined neither by the tier above"
            + " nor through the NICs of the domain's 2 hosts (leaf 1 is cut off from leaf 0)");
  }

  @Test
  void leavesWiredToDisjointPlanesAndNoSharedHostAreRefused() {
    // Each leaf has one uplink; leaf i takes spine i, so the two planes meet nowhere.
    ClosSpec spec = new ClosSpec("planes", H100, 1, NVLINK4, IB_NDR, false, List.of(
        new ClosTier("rack", "leaf", 2, 2, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", 2, 2, 1.0, QM9700, null)), 0);

    assertThatThrownBy(() -> ClosGenerator.build(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier rack: its 2 leaf switches per domain are joined neither by the tier above"
            + " nor through the NICs of the domain's 2 hosts (leaf 1 is cut off from leaf 0)");
  }

  @Test
  void hostsSpanningNeighbouringLeavesJoinASingleTier() {
    // Three hosts of two GPUs on three leaves: {0,1}, {2,0}, {1,2}.
    ClosSpec spec = new ClosSpec("ring", H100, 2, NVLINK4, IB_NDR, false,
        List.of(new ClosTier("cluster", "leaf", 3, 3, 1.0, QM9700, null)), 0);

    Fabric fabric = ClosGenerator.build(spec);

    assertThat(new ConnectivityInspector<>(fabric.graph()).isConnected()).isTrue();
  }

  @Test
  void aSingleTierOfRailsIsConnectedThroughItsHosts() {
    ClosSpec spec = new ClosSpec("rail-only", H100, 2, NVLINK4, IB_NDR, true,
        List.of(new ClosTier("cluster", "leaf", 3, 2, 1.0, QM9700, null)), 0);

    Fabric fabric = ClosGenerator.build(spec);

    assertThat(new ConnectivityInspector<>(fabric.graph()).isConnected()).isTrue();
    assertThat(fabric.routes().paths(0, 5).hops()).isEqualTo(4);
  }

  @Test
  void railsThatTheHostsCannotFillEvenlyAreRefused() {
    // One GPU per host over two rail leaves: leaf 1 gets no NIC but half the uplinks, so the
    // fabric would claim twice the bandwidth GPU 0 can reach through leaf 0.
    ClosSpec spec = new ClosSpec("idle-rail", H100, 1, NVLINK4, IB_NDR, true, List.of(
        new ClosTier("su", "leaf", 1, 2, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", 1, 0, 1.0, QM9700, null)), 0);

    assertThatThrownBy(() -> ClosGenerator.build(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier su: the 1 NICs of a host do not spread evenly over its 2 leaf switches, yet"
            + " every switch gets the same uplinks; make the NICs a multiple of the switches");
  }

  @Test
  void nicsThatDoNotSpreadEvenlyOverTheLeavesAreRefused() {
    // 4 hosts of 8 GPUs over 3 leaves: 11, 11 and 10 NICs under equal uplinks.
    ClosSpec spec = new ClosSpec("uneven", H100, 8, NVLINK4, IB_NDR, false, List.of(
        new ClosTier("rack", "leaf", 4, 3, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", 2, 0, 1.0, QM9700, null)), 0);

    assertThatThrownBy(() -> ClosGenerator.build(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier rack: the 32 NICs of a domain do not spread evenly over its 3 leaf switches, yet"
            + " every switch gets the same uplinks; make the NICs a multiple of the switches");
  }

  @Test
  void emptyHostSlotsThatLeaveLeavesUnevenlyLoadedAreRefused() {
    // The only rack has 3 one-GPU slots over 3 leaves with one slot empty: leaf 2 gets no NIC but a
    // third of the 1:3 uplinks, so the fabric would claim 25 GB/s per GPU where 16.7 get through.
    ClosSpec spec = new ClosSpec("partial", H100, 1, NVLINK4, IB_NDR, false, List.of(
        new ClosTier("rack", "leaf", 3, 3, 3.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", 1, 0, 1.0, QM9700, null)), 1);

    assertThatThrownBy(() -> ClosGenerator.build(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tier rack: the 2 NICs of the domain with empty host slots do not spread evenly over"
            + " its 3 leaf switches, yet every switch gets the same uplinks; make the NICs a multiple"
            + " of the switches");
  }

  @Test
  void planesThatWouldLoadParentsUnevenlyAreWiredToEveryParent() {
    // Two leaves with 3 uplinks each over 4 spines: as planes, spines 0 and 1 would take two
    // leaf cables and spines 2 and 3 one, under equal uplinks; the fabric would claim 100 GB/s
    // per GPU above the spines where 83 get through. Every leaf now reaches every spine.
    ClosSpec spec = new ClosSpec("uneven-planes", H100, 6, NVLINK4, ROCE_800G, true, List.of(
        new ClosTier("rack", "leaf", 1, 2, 1.0, QM9700, ROCE_800G),
        new ClosTier("pod", "spine", 1, 4, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "core", 1, 0, 1.0, QM9700, null)), 0);

    Fabric fabric = ClosGenerator.build(spec);

    int cluster = fabric.levelIndex("cluster");
    assertThat(fabric.bandwidth(cluster)).isCloseTo(100e9, within(1.0));
    assertThat(FlowCuts.egressPerAccelerator(fabric, fabric.levelIndex("pod"), 0, cluster))
        .isCloseTo(100e9, within(1.0));
  }
}
