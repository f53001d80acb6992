package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.ICI_7X;
import static dev.podium.topology.catalog.HardwareCatalog.ICI_V4;
import static dev.podium.topology.catalog.HardwareCatalog.PALOMAR_OCS;
import static dev.podium.topology.catalog.HardwareCatalog.PCIE_GEN4_X16;
import static dev.podium.topology.catalog.HardwareCatalog.PCIE_GEN5_X16;
import static dev.podium.topology.catalog.HardwareCatalog.TPU_V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.FlowCuts;
import dev.podium.topology.fabric.Fabric;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every TPU pod {@link TorusPodGenerator} builds, over small {@link TorusPodSpec}s: the
 * 32 combinations of the parameters below, which jqwik then tries exhaustively.
 */
class TorusFabricPropertiesTest {

  private static final double RELATIVE = 1e-9;
  private static final int HOST = 1;
  private static final int CUBE = 2;
  private static final int POD = 3;

  @Property(tries = 32)
  void domainsTileNestAndAgreeWithCommonLevel(@ForAll("torusSpecs") TorusPodSpec spec) {
    Fabric fabric = TorusPodGenerator.build(spec);

    assertThat(fabric.acceleratorCount()).isEqualTo(spec.chips());
    assertThat(fabric.domainCount(CUBE)).isEqualTo(spec.cubes());
    FabricInvariants.assertDomainsTile(fabric);
    FabricInvariants.assertDomainsNest(fabric);
    FabricInvariants.assertCommonLevelAgreesWithDomains(fabric);
  }

  @Property(tries = 32)
  void bandwidthFollowsTheGeometry(@ForAll("torusSpecs") TorusPodSpec spec) {
    Fabric fabric = TorusPodGenerator.build(spec);

    for (int level = HOST; level <= POD; level++) {
      double expected = expectedBandwidth(spec, level);
      assertThat(fabric.bandwidth(level)).as("bandwidth of level %s", fabric.levels().get(level).name())
          .isCloseTo(expected, within(expected * RELATIVE));
      assertThat(fabric.levels().get(level).oversubscription()).isEqualTo(1.0);
    }
  }

  @Property(tries = 32)
  void bandwidthIsWhatTheLinksCarry(@ForAll("torusSpecs") TorusPodSpec spec) {
    Fabric fabric = TorusPodGenerator.build(spec);
    int hostsPerCube = fabric.memberCount(CUBE, 0) / spec.chipsPerHost();

    for (int level = HOST; level <= POD; level++) {
      double narrowest = Double.POSITIVE_INFINITY;
      for (int chip = 0; chip < fabric.acceleratorCount(); chip++) {
        narrowest = Math.min(narrowest, linksInside(fabric, chip, level));
      }
      // Cubes are built alike: the hosts of cube 0 stand for all.
      for (int k = HOST; k < level; k++) {
        int domains = k == HOST ? hostsPerCube : fabric.domainCount(k);
        for (int d = 0; d < domains; d++) {
          narrowest = Math.min(narrowest, FlowCuts.egressPerAccelerator(fabric, k, d, level));
        }
      }
      assertThat(fabric.bandwidth(level)).as("bandwidth of level %s", fabric.levels().get(level).name())
          .isCloseTo(narrowest, within(narrowest * RELATIVE));
    }
  }

  @Property(tries = 32)
  void graphIsConnectedAndMatchesTheFabric(@ForAll("torusSpecs") TorusPodSpec spec) {
    FabricInvariants.assertGraphMatches(TorusPodGenerator.build(spec));
  }

  @Property(tries = 32)
  void routesAreValidFewestHopWalks(@ForAll("torusSpecs") TorusPodSpec spec) {
    FabricInvariants.assertRoutesValid(TorusPodGenerator.build(spec));
  }

  /**
   * Per chip, from the geometry: inside a host a chip has its host link and the ICI links to its
   * two tile neighbours; inside a cube a host tile of the bottom layer has 8 ICI links out (4 when
   * the edge is 2, one tile per layer); across the pod a tile has 16 links out and a cube 6 faces of
   * edge² optical links, while a chip has its host link and 6 ICI or optical links.
   */
  static double expectedBandwidth(TorusPodSpec spec, int level) {
    double ici = spec.ici().bytesPerSecond();
    double host = spec.hostLink().bytesPerSecond();
    int edge = spec.cubeEdge();
    return switch (level) {
      case HOST -> host + 2 * ici;
      case CUBE -> Math.min(host + 3 * ici, (edge > 2 ? 8 : 4) * ici / 4);
      case POD -> Math.min(host + 6 * ici, Math.min(16 * ici / 4, 6.0 / edge * ici));
      default -> throw new IllegalArgumentException("level " + level);
    };
  }

  /** Capacity of the links from {@code chip} to other vertices of its domain at {@code level}. */
  private static double linksInside(Fabric fabric, int chip, int level) {
    int domain = fabric.domainOf(chip, level);
    double capacity = 0;
    for (int i = 0; i < fabric.degree(chip); i++) {
      if (fabric.domainOfVertex(fabric.neighbor(chip, i), level) == domain) {
        capacity += fabric.linkCapacity(fabric.incidentLink(chip, i));
      }
    }
    return capacity;
  }

  @Provide
  Arbitrary<TorusPodSpec> torusSpecs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4),
            Arbitraries.of(2, 4),
            Arbitraries.of(ICI_V4, ICI_7X),
            Arbitraries.of(PCIE_GEN4_X16, PCIE_GEN5_X16))
        .as((cubes, edge, ici, hostLink) ->
            new TorusPodSpec("prop-pod", TPU_V4, cubes, edge, 4, ici, hostLink, PALOMAR_OCS));
  }
}
