package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_800G;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.FlowCuts;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Properties of every fabric {@link ClosGenerator} builds, over small arbitrary {@link ClosSpec}s. */
class ClosFabricPropertiesTest {

  private static final SwitchModel SWITCH = new SwitchModel("prop-switch", "test switch", 256, 400, "test");
  private static final double RELATIVE = 1e-9;

  @Property(tries = 200)
  void domainsTileNestAndAgreeWithCommonLevel(@ForAll("closSpecs") ClosSpec spec) {
    Fabric fabric = build(spec);

    assertThat(fabric.acceleratorCount()).isEqualTo(spec.accelerators());
    FabricInvariants.assertDomainsTile(fabric);
    FabricInvariants.assertDomainsNest(fabric);
    FabricInvariants.assertCommonLevelAgreesWithDomains(fabric);
  }

  @Property(tries = 300)
  void bandwidthAndOversubscriptionFollowTheSpec(@ForAll("closSpecs") ClosSpec spec) {
    Fabric fabric = build(spec);

    for (int level = 1; level < fabric.levelCount(); level++) {
      assertThat(fabric.bandwidth(level)).as("bandwidth of level %s", fabric.levels().get(level).name())
          .isCloseTo(expectedBandwidth(spec, level), within(expectedBandwidth(spec, level) * RELATIVE));
      assertThat(fabric.levels().get(level).oversubscription())
          .as("oversubscription of level %s", fabric.levels().get(level).name())
          .isCloseTo(expectedOversubscription(spec, level), within(RELATIVE));
    }
  }

  @Property(tries = 150)
  void bandwidthIsWhatTheLinksCarry(@ForAll("closSpecs") ClosSpec spec) {
    assertBandwidthIsWhatTheLinksCarry(build(spec));
  }

  @Property(tries = 5_000)
  @Tag("slow")
  void bandwidthIsWhatTheLinksCarryInLargerFabrics(@ForAll("largerClosSpecs") ClosSpec spec) {
    assertBandwidthIsWhatTheLinksCarry(build(spec));
  }

  @Property(tries = 200)
  void graphIsConnectedAndMatchesTheFabric(@ForAll("closSpecs") ClosSpec spec) {
    FabricInvariants.assertGraphMatches(build(spec));
  }

  @Property(tries = 150)
  void routesAreValidFewestHopWalks(@ForAll("closSpecs") ClosSpec spec) {
    FabricInvariants.assertRoutesValid(build(spec));
  }

  /** Each level's bandwidth is the narrowest max flow out of a lower domain, per accelerator. */
  private static void assertBandwidthIsWhatTheLinksCarry(Fabric fabric) {
    for (int level = 1; level < fabric.levelCount(); level++) {
      double narrowest = Double.POSITIVE_INFINITY;
      for (int k = 0; k < level; k++) {
        // Every domain is built alike except the last, which may hold the empty host slots.
        for (int d : new int[] {0, fabric.domainCount(k) - 1}) {
          narrowest = Math.min(narrowest, FlowCuts.egressPerAccelerator(fabric, k, d, level));
        }
      }
      assertThat(fabric.bandwidth(level)).as("bandwidth of level %s", fabric.levels().get(level).name())
          .isCloseTo(narrowest, within(narrowest * RELATIVE));
    }
  }

  /**
   * Per accelerator, traffic of level L (tier t = L - 2) leaves its GPU over the NIC, its host over
   * the NICs, and each tier t' below t over that tier's uplinks: the downlinks divided by the
   * oversubscriptions so far, shared by the accelerators of the largest domain of tier t'.
   */
  static double expectedBandwidth(ClosSpec spec, int level) {
    double nic = spec.nic().bytesPerSecond();
    double scaleUp = spec.scaleUp().bytesPerSecond();
    if (level == 1) {
      return scaleUp;
    }
    double bandwidth = Math.min(nic, scaleUp + nic);
    double uplinkPerSlot = nic;
    int slots = spec.acceleratorsPerHost();
    for (int t = 0; t < level - 2; t++) {
      ClosTier tier = spec.tiers().get(t);
      uplinkPerSlot /= tier.oversubscription();
      slots *= tier.children();
      double uplink = uplinkPerSlot * slots;
      int members = domainsAt(spec, t) == 1 ? slots - spec.emptyHostSlots() * spec.acceleratorsPerHost() : slots;
      bandwidth = Math.min(bandwidth, uplink / members);
    }
    return bandwidth;
  }

  /** Downlinks over uplinks of the tier below the level; the empty slots lower it where a tier has one domain. */
  static double expectedOversubscription(ClosSpec spec, int level) {
    if (level < 3) {
      return 1.0;
    }
    int t = level - 3;
    double ratio = spec.tiers().get(t).oversubscription();
    if (t == 0 && domainsAt(spec, 0) == 1) {
      int hosts = spec.tiers().get(0).children();
      ratio = ratio * (hosts - spec.emptyHostSlots()) / hosts;
    }
    return ratio;
  }

  private static long domainsAt(ClosSpec spec, int tier) {
    long domains = 1;
    for (int t = tier + 1; t < spec.tiers().size(); t++) {
      domains *= spec.tiers().get(t).children();
    }
    return domains;
  }

  /**
   * Builds the fabric; specs the generator refuses (too few switch ports, leaves not joined, NICs
   * not spread evenly) are discarded, any other failure fails the property.
   */
  private static Fabric build(ClosSpec spec) {
    try {
      return ClosGenerator.build(spec);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      Assume.that(!(message.contains("ports but the") || message.contains("cannot reach all")
          || message.contains("are joined neither") || message.contains("do not spread evenly")));
      throw e;
    }
  }

  @Provide
  Arbitrary<ClosSpec> closSpecs() {
    return specs(4, 3, 4);
  }

  @Provide
  Arbitrary<ClosSpec> largerClosSpecs() {
    return specs(8, 4, 8);
  }

  /** Specs of 1-3 tiers with up to the given hosts per leaf domain, children per domain above and switches. */
  private static Arbitrary<ClosSpec> specs(int maxHosts, int maxChildren, int maxSwitches) {
    return Arbitraries.integers().between(1, 3).flatMap(count -> {
      List<Arbitrary<ClosTier>> tiers = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        tiers.add(tier(t, count, maxHosts, maxChildren, maxSwitches));
      }
      return Combinators.combine(tiers).as(List::copyOf);
    }).flatMap(tiers -> Combinators.combine(
        Arbitraries.integers().between(1, 8),
        Arbitraries.of(true, false),
        Arbitraries.of(IB_NDR, ROCE_800G),
        Arbitraries.integers().between(0, tiers.get(0).children() - 1))
        .as((perHost, rails, nic, empty) -> new ClosSpec("prop", H100, perHost, NVLINK4, nic, rails, tiers, empty)));
  }

  private static Arbitrary<ClosTier> tier(int t, int count, int maxHosts, int maxChildren, int maxSwitches) {
    boolean top = t == count - 1;
    Arbitrary<Double> oversubscription = top ? Arbitraries.just(1.0) : Arbitraries.of(0.5, 1.0, 2.0, 3.0, 7.0);
    return Combinators.combine(
            Arbitraries.integers().between(1, t == 0 ? maxHosts : maxChildren),
            Arbitraries.integers().between(0, maxSwitches),
            oversubscription,
            Arbitraries.<LinkModel>of(IB_NDR, ROCE_800G))
        .as((children, switches, over, uplink) ->
            new ClosTier("tier" + t, "sw" + t, children, switches, over, SWITCH, top ? null : uplink));
  }
}
