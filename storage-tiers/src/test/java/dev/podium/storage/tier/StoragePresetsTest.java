package dev.podium.storage.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoragePresetsTest {

  private static final double GB = 1e9;

  @Test
  void metaTectonicHasTheLlama3Figures() {
    StorageSystem meta = StoragePresets.build("meta-tectonic", 3072);
    Tier warm = meta.warm();
    assertThat(warm.capacityBytes()).isEqualTo(240_000_000_000_000_000L);
    assertThat(warm.readBytesPerSecond()).isEqualTo(2e12);
    assertThat(warm.writeBytesPerSecond()).isEqualTo(2e12);
    assertThat(warm.burst().peakBytesPerSecond()).isEqualTo(7e12);
    assertThat(warm.source()).contains("L3 §3.3.1").contains("placeholder");
    assertThat(meta.host().linkWriteBytesPerSecond()).isEqualTo(100 * GB);
    assertThat(meta.hosts()).isEqualTo(3072);
    assertThat(meta.cold().source()).contains("no published numbers");
  }

  @ParameterizedTest
  @CsvSource({
      "dgx-superpod-good,   31,  4,  2, 15,   7",
      "dgx-superpod-better, 31,  8,  4, 40,  20",
      "dgx-superpod-best,   31, 40, 20, 125, 62",
      "dgx-superpod-good,  127,  4,  2, 60,  30",
      "dgx-superpod-better,127,  8,  4, 160, 80",
      "dgx-superpod-best,  127, 40, 20, 500, 250",
      "dgx-superpod-best,  256, 40, 20, 1000, 500"})
  void superPodFollowsTable6(String name, int hosts, double nodeRead, double nodeWrite, double read, double write) {
    StorageSystem pod = StoragePresets.build(name, hosts);
    assertThat(pod.host().linkReadBytesPerSecond()).isEqualTo(nodeRead * GB);
    assertThat(pod.host().linkWriteBytesPerSecond()).isEqualTo(nodeWrite * GB);
    assertThat(pod.warm().readBytesPerSecond()).isEqualTo(read * GB);
    assertThat(pod.warm().writeBytesPerSecond()).isEqualTo(write * GB);
    assertThat(pod.warm().burst().isPresent()).isFalse();
    assertThat(pod.nvme().capacityBytes()).isEqualTo(8 * 3_840_000_000_000L);
  }

  @Test
  void aPresetIsSizedByTheFabricsHosts() {
    Fabric fabric = Presets.find("dgx-superpod-h100-4su").build();
    StorageSystem pod = StoragePresets.build("dgx-superpod-best", fabric);
    assertThat(pod.hosts()).isEqualTo(fabric.hostCount()).isEqualTo(127);
    assertThat(pod.warm().writeBytesPerSecond()).isEqualTo(250 * GB);
  }

  @Test
  void unknownPresetNamesTheKnownOnes() {
    assertThatThrownBy(() -> StoragePresets.build("tectonic", 1))
        .hasMessage("unknown storage preset 'tectonic'; known: meta-tectonic, dgx-superpod-good,"
            + " dgx-superpod-better, dgx-superpod-best");
    assertThat(StoragePresets.all()).extracting(StoragePreset::name).containsExactlyElementsOf(StoragePresets.names());
  }
}
