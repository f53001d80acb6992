package dev.podium.sim.flow;

import static dev.podium.topology.catalog.HardwareCatalog.ARISTA_7800R3;
import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;

import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import java.util.List;

/** Meta-style 2-tier AI zones for tests: 2 hosts of 8 H100 per RTSW, 16 CTSWs, RoCE 400G. */
public final class AiZones {

  /**
   * A 64-port stand-in for the RTSW: the catalog's Minipack2 has 32 ports, enough for 16 down and
   * 16 up but not for the 32 uplinks of the 1:2 under-subscribed rack; the port count bounds the
   * cabling only and changes no modelled figure.
   */
  public static final SwitchModel RTSW_64 = new SwitchModel("rtsw-64",
      "64 x 400G rack switch (stand-in for the doubled-uplink RTSW)", 64, 400,
      "test stand-in; hardware.md §1.3 gives the 1:2 uplink but not the part");

  private AiZones() {}

  /**
   * A zone of {@code racks} racks of 16 GPUs under one RTSW each, every RTSW linked to each of the
   * 16 CTSWs; {@code rackOversubscription} 1.0 gives one 400G uplink per CTSW, 0.5 (uplink = 2 x
   * downlink, 1:2 under-subscription) two.
   */
  public static Fabric zone(int racks, double rackOversubscription) {
    return ClosGenerator.build(new ClosSpec("ai-zone-" + racks + "-" + rackOversubscription, H100, 8, NVLINK4,
        ROCE_400G, false, List.of(
            new ClosTier("rack", "rtsw", 2, 1, rackOversubscription, RTSW_64, ROCE_400G),
            new ClosTier("zone", "ctsw", racks, 16, 1.0, ARISTA_7800R3, null)), 0));
  }
}
