package dev.podium.topology.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.topology.Level;
import dev.podium.topology.catalog.Precision;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each preset against the published numbers of shared/reference/hardware.md. */
class PresetsTest {

  @Test
  void meta24kRoceMatchesTheLlama3Paper() {
    Fabric fabric = Presets.find("meta-24k-roce").build();

    assertThat(fabric.acceleratorCount()).isEqualTo(24_576);
    assertThat(fabric.hostCount()).isEqualTo(3_072);
    Level rack = level(fabric, "rack");
    assertThat(rack.domains()).isEqualTo(1_536);
    assertThat(fabric.memberCount(rack.index(), 0)).isEqualTo(16);
    Level pod = level(fabric, "pod");
    assertThat(pod.domains()).isEqualTo(8);
    for (int d = 0; d < pod.domains(); d++) {
      assertThat(fabric.memberCount(pod.index(), d)).isEqualTo(3_072);
    }
    Level cluster = level(fabric, "cluster");
    assertThat(cluster.oversubscription()).isCloseTo(7.0, within(1e-9));
    assertThat(pod.oversubscription()).isCloseTo(1.0, within(1e-9));
    assertThat(rack.bandwidthBytesPerSecond()).isCloseTo(50e9, within(1.0));
    assertThat(pod.bandwidthBytesPerSecond()).isCloseTo(50e9, within(1.0));
    assertThat(cluster.bandwidthBytesPerSecond()).isCloseTo(50e9 / 7, within(1.0));
    assertThat(level(fabric, "host").bandwidthBytesPerSecond()).isCloseTo(450e9, within(1.0));
    assertThat(fabric.switchesPerTier()).containsEntry("rtsw", 1_536).containsEntry("ctsw", 128)
        .containsEntry("atsw", 28);
  }

  @Test
  void everyListedPresetBuilds() {
    for (Preset preset : Presets.all()) {
      assertThat(preset.build().acceleratorCount()).as(preset.name()).isPositive();
    }
  }

  @Test
  void meta24kIbHasTheRoceShapeOnInfiniBand() {
    Fabric fabric = Presets.find("meta-24k-ib").build();
    assertThat(fabric.acceleratorCount()).isEqualTo(24_576);
    assertThat(level(fabric, "cluster").oversubscription()).isCloseTo(7.0, within(1e-9));
    assertThat(fabric.linkModel(fabric.incidentLink(0, 1)).name()).startsWith("ib-ndr");
  }

  @ParameterizedTest
  @CsvSource({"1, 31, 8, 4, 256", "2, 63, 16, 8, 512", "3, 95, 24, 16, 768", "4, 127, 32, 16, 1024"})
  void superpodMatchesTable4(int su, int nodes, int leaves, int spines, int spineLeafCables) {
    Fabric fabric = Presets.find("dgx-superpod-h100-" + su + "su").build();

    assertThat(fabric.hostCount()).isEqualTo(nodes);
    assertThat(fabric.acceleratorCount()).isEqualTo(nodes * 8);
    assertThat(fabric.switchesPerTier()).containsEntry("leaf", leaves).containsEntry("spine", spines);
    long fabricCables = 0;
    for (int e = 0; e < fabric.linkCount(); e++) {
      if (fabric.linkKind(e) == dev.podium.topology.fabric.LinkKind.FABRIC) {
        fabricCables += fabric.linkLanes(e);
      }
    }
    assertThat(fabricCables).isEqualTo(spineLeafCables);
    // The UFM slot leaves one leaf port of 32 unused: 31/32 where it is the only SU.
    assertThat(level(fabric, "cluster").oversubscription()).isBetween(31.0 / 32, 1.0);
  }

  @Test
  void superpod64HasTheTable3SwitchCounts() {
    Fabric fabric = Presets.find("dgx-superpod-h100-64su").build();

    assertThat(fabric.acceleratorCount()).isEqualTo(16_384);
    assertThat(fabric.switchesPerTier()).containsEntry("leaf", 512).containsEntry("spine", 512)
        .containsEntry("core", 256);
  }

  @Test
  void ironwoodPodMatchesTheAnnouncement() {
    Fabric fabric = Presets.find("ironwood-pod").build();

    assertThat(fabric.acceleratorCount()).isEqualTo(9_216);
    assertThat(fabric.peakFlops(Precision.FP8) / 1e18).isCloseTo(42.5, within(0.1));
    assertThat(fabric.hbmBytes() / 1e15).isCloseTo(1.77, within(0.005));
    assertThat(level(fabric, "cube").domains()).isEqualTo(144);
  }

  @Test
  void tpuV4PodHas64CubesOf64Chips() {
    Fabric fabric = Presets.find("tpu-v4-pod").build();

    assertThat(fabric.acceleratorCount()).isEqualTo(4_096);
    Level cube = level(fabric, "cube");
    assertThat(cube.domains()).isEqualTo(64);
    assertThat(fabric.memberCount(cube.index(), 63)).isEqualTo(64);
    assertThat(fabric.hostCount()).isEqualTo(1_024);
    assertThat(fabric.switchesPerTier()).containsEntry("ocs", 48);
  }

  @Test
  void tpuV5pPodHas8960Chips() {
    assertThat(Presets.find("tpu-v5p-pod").build().acceleratorCount()).isEqualTo(8_960);
  }

  @Test
  void gb200Nvl72UsesTheRackAsTheHostUnit() {
    Fabric fabric = Presets.find("gb200-nvl72-8").build();

    assertThat(fabric.acceleratorCount()).isEqualTo(576);
    assertThat(fabric.hostCount()).isEqualTo(8);
    assertThat(fabric.memberCount(fabric.hostLevel(), 0)).isEqualTo(72);
    assertThat(level(fabric, "host").bandwidthBytesPerSecond()).isCloseTo(900e9, within(1.0));
  }

  @Test
  void unknownPresetNamesTheKnownOnes() {
    assertThatThrownBy(() -> Presets.find("meta-48k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown preset 'meta-48k'")
        .hasMessageContaining("meta-24k-roce");
    assertThatThrownBy(() -> Presets.find("dgx-superpod-h100-12su"))
        .hasMessageContaining("multiple of 8");
  }

  private static Level level(Fabric fabric, String name) {
    int index = fabric.levelIndex(name);
    assertThat(index).as("level %s", name).isNotNegative();
    return fabric.levels().get(index);
  }
}
