package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.QM9700;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.fabric.Fabric;
import java.util.List;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

/** Corner cases of {@link ClosGenerator} found by the properties of {@link ClosFabricProperties}. */
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
}
