package dev.podium.topology.fabric;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.IB_NDR;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.QM9700;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Misuse of {@link FabricBuilder} fails at once with a message that says what is wrong. */
class FabricBuilderTest {

  private static final int HOST = 1;
  private static final int RACK = 2;

  @Test
  void aFabricNeedsTwoDistinctNamedLevelsAndAHostLevelInside() {
    assertThatThrownBy(() -> new FabricBuilder("f", H100, List.of("gpu"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fabric needs at least two levels, got [gpu]");
    assertThatThrownBy(() -> new FabricBuilder("f", H100, List.of("gpu", "host", "host"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level names must be non-blank and distinct: [gpu, host, host]");
    assertThatThrownBy(() -> new FabricBuilder("f", H100, List.of("gpu", "host", "cluster"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("host level must lie strictly between the accelerator level and the top, was 2");
  }

  @Test
  void openingALevelWithoutItsParentIsRefused() {
    FabricBuilder builder = rackBuilder();

    assertThatThrownBy(() -> builder.open(HOST, "node0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot open a host: no rack is open");
  }

  @Test
  void openingAnOpenLevelAgainOrAnUnopenableLevelIsRefused() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");

    assertThatThrownBy(() -> builder.open(RACK, "rack1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot open a rack while rack0 is open");
    assertThatThrownBy(() -> builder.open(0, "gpu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("can only open levels 1..2, not 0");
    assertThatThrownBy(() -> builder.open(3, "cluster"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("can only open levels 1..2, not 3");
  }

  @Test
  void aDomainWithNoAcceleratorCannotBeClosed() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");
    builder.open(HOST, "node0");

    assertThatThrownBy(() -> builder.close(HOST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("host node0 holds no accelerator");
  }

  @Test
  void domainsCloseInnermostFirstAndOnlyWhenOpen() {
    FabricBuilder builder = rackBuilder();

    assertThatThrownBy(() -> builder.close(RACK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no open domain at level 2");
    builder.open(RACK, "rack0");
    builder.open(HOST, "node0");
    builder.addAccelerator();
    assertThatThrownBy(() -> builder.close(RACK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("close the open host first");
  }

  @Test
  void acceleratorsAndHostsNeedAnOpenHost() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");

    assertThatThrownBy(builder::addAccelerator)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("an accelerator needs an open host to belong to");
    assertThatThrownBy(builder::currentHost)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no host is open");
  }

  @Test
  void aSwitchNeedsAnOpenDomainToBelongTo() {
    FabricBuilder builder = rackBuilder();

    assertThatThrownBy(() -> builder.addSwitch(RACK, "tor", QM9700, "tor0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a switch needs an open domain at level 2");
    assertThatThrownBy(() -> builder.addSwitch(0, "tor", QM9700, "tor0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a switch needs an open domain at level 0");
  }

  @Test
  void selfLoopsAndLinksWithoutLanesAreRefused() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");
    builder.open(HOST, "node0");
    int gpu = builder.addAccelerator();

    assertThatThrownBy(() -> builder.link(gpu, gpu, LinkKind.SCALE_UP, NVLINK4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a link needs two distinct endpoints");
    assertThatThrownBy(() -> builder.link(builder.currentHost(), builder.currentHost(), LinkKind.SCALE_UP, NVLINK4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a link needs two distinct endpoints");
    assertThatThrownBy(() -> builder.link(gpu, builder.currentHost(), LinkKind.SCALE_UP, NVLINK4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a link needs at least one lane, got 0");
  }

  @Test
  void unknownHandlesAreRefused() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");
    int tor = builder.addSwitch(RACK, "tor", QM9700, "tor0");
    builder.open(HOST, "node0");
    int gpu = builder.addAccelerator();

    // Handles so far: accelerator 0; tor0 is -1, the host -2.
    assertThat(tor).isEqualTo(-1);
    assertThatThrownBy(() -> builder.link(gpu, 1, LinkKind.NIC, IB_NDR, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no vertex with handle 1");
    assertThatThrownBy(() -> builder.link(-3, gpu, LinkKind.NIC, IB_NDR, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no vertex with handle -3");
    // -Integer.MIN_VALUE overflows to itself; it must not pass for an existing handle.
    assertThatThrownBy(() -> builder.link(Integer.MIN_VALUE, gpu, LinkKind.NIC, IB_NDR, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no vertex with handle " + Integer.MIN_VALUE);
  }

  @Test
  void buildNeedsClosedDomainsAndAccelerators() {
    FabricBuilder empty = rackBuilder();
    assertThatThrownBy(empty::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fabric f has no accelerators");

    FabricBuilder open = rackBuilder();
    open.open(RACK, "rack0");
    open.open(HOST, "node0");
    open.addAccelerator();
    open.close(HOST);
    assertThatThrownBy(open::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rack rack0 is still open");
  }

  @Test
  void aFabricWithoutAPathToALevelNamesTheStrandedDomain() {
    FabricBuilder builder = rackBuilder();
    builder.open(RACK, "rack0");
    for (int h = 0; h < 2; h++) {
      builder.open(HOST, "node" + h);
      builder.link(builder.addAccelerator(), builder.currentHost(), LinkKind.SCALE_UP, NVLINK4, 1);
      builder.close(HOST);
    }
    builder.close(RACK);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fabric f: host node0 has no link toward level rack");
  }

  @Test
  void aSmallFabricBuildsWithTheHandlesItWasGiven() {
    FabricBuilder builder = rackBuilder();
    int spine = builder.addSwitch(3, "spine", QM9700, "spine0");
    builder.open(RACK, "rack0");
    int tor = builder.addSwitch(RACK, "tor", QM9700, "tor0");
    builder.link(tor, spine, LinkKind.FABRIC, IB_NDR, 2);
    for (int h = 0; h < 2; h++) {
      builder.open(HOST, "node" + h);
      for (int i = 0; i < 2; i++) {
        int gpu = builder.addAccelerator();
        builder.link(gpu, builder.currentHost(), LinkKind.SCALE_UP, NVLINK4, 1);
        builder.link(gpu, tor, LinkKind.NIC, IB_NDR, 1);
      }
      builder.close(HOST);
    }
    builder.close(RACK);

    Fabric fabric = builder.build();

    // Vertices: the 4 accelerators, then the others in the order they were added.
    assertThat(fabric.acceleratorCount()).isEqualTo(4);
    assertThat(fabric.vertexCount()).isEqualTo(4 + 2 + 2);
    assertThat(fabric.vertexName(4)).isEqualTo("spine0");
    assertThat(fabric.vertexName(5)).isEqualTo("tor0");
    assertThat(fabric.kind(6)).isEqualTo(VertexKind.HOST);
    assertThat(fabric.hostVertex(1)).isEqualTo(7);
    assertThat(fabric.linkCount()).isEqualTo(9);
    assertThat(fabric.bandwidth(RACK)).isEqualTo(50e9);
    assertThat(fabric.bandwidth(3)).isEqualTo(25e9);
  }

  @Test
  void aRefusedCallLeavesTheBuilderAsItWas() {
    FabricBuilder builder = rackBuilder();
    int spine = builder.addSwitch(3, "spine", QM9700, "spine0");
    assertThatThrownBy(() -> builder.open(RACK, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("domainName");
    builder.open(RACK, "rack0");
    assertThatThrownBy(() -> builder.addSwitch(RACK, "tor", QM9700, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("switchName");
    int tor = builder.addSwitch(RACK, "tor", QM9700, "tor0");
    assertThatThrownBy(() -> builder.link(tor, spine, null, IB_NDR, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> builder.link(tor, spine, LinkKind.FABRIC, null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
    builder.link(tor, spine, LinkKind.FABRIC, IB_NDR, 1);
    builder.open(HOST, "node0");
    int gpu = builder.addAccelerator();
    builder.link(gpu, builder.currentHost(), LinkKind.SCALE_UP, NVLINK4, 1);
    builder.link(gpu, tor, LinkKind.NIC, IB_NDR, 1);
    builder.close(HOST);
    builder.close(RACK);

    Fabric fabric = builder.build();

    assertThat(fabric.domainCount(RACK)).isEqualTo(1);
    assertThat(fabric.domainName(RACK, 0)).isEqualTo("rack0");
    assertThat(fabric.vertexCount()).isEqualTo(1 + 3);
    assertThat(fabric.vertexName(2)).isEqualTo("tor0");
    assertThat(fabric.linkCount()).isEqualTo(3);
    assertThat(fabric.linkKind(0)).isEqualTo(LinkKind.FABRIC);
  }

  /** Levels gpu < host < rack < cluster, hosts at level 1. */
  private static FabricBuilder rackBuilder() {
    return new FabricBuilder("f", H100, List.of("gpu", "host", "rack", "cluster"), HOST);
  }
}
