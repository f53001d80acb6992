package dev.podium.topology.fabric;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.QM9700;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.TestFabrics;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a fabric derives its per-level figures, on small fabrics where they can be counted by hand. */
class FabricDerivationTest {

  @Test
  void latencyOfALevelWhoseLeavesMeetOnlyAboveIt() {
    // Two one-GPU hosts per rack on two leaves, both leaves up to one spine: the rack's two GPUs
    // share no switch inside the rack and meet at the spine, four NDR hops apart.
    Fabric fabric = ClosGenerator.build(new ClosSpec("two-leaves", H100, 1, NVLINK4, IB_NDR, false, List.of(
        new ClosTier("rack", "leaf", 2, 2, 1.0, QM9700, IB_NDR),
        new ClosTier("cluster", "spine", 2, 1, 1.0, QM9700, null)), 0));

    assertThat(fabric.latency(fabric.levelIndex("rack"))).isCloseTo(4 * 0.4e-6, within(1e-12));
    assertThat(fabric.routes().paths(0, 1).hops()).isEqualTo(4);
  }

  @Test
  void hostBandwidthOfATpuCountsOnlyLinksInsideTheHost() {
    Fabric tpu = TestFabrics.preset("tpu-v4-pod");

    // A chip's third ICI link leads to a chip of another host: it cannot carry traffic between two
    // chips of its own host. Inside: PCIe Gen4 x16 to the host (32 GB/s) and two ICI links (50 GB/s).
    assertThat(tpu.bandwidth(tpu.levelIndex("host"))).isCloseTo(32e9 + 2 * 50e9, within(1.0));
    assertThat(tpu.bandwidth(tpu.levelIndex("cube"))).isCloseTo(100e9, within(1.0));
    assertThat(tpu.bandwidth(tpu.levelIndex("pod"))).isCloseTo(75e9, within(1.0));
  }
}
