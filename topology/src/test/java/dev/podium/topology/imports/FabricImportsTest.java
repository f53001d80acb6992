package dev.podium.topology.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.TestPaths;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FabricImportsTest {

  private static final Path TOPOLOGIES = TestPaths.shared("data/topologies");
  private static final Path LINGJUN = TOPOLOGIES.resolve("alibaba-lingjun-2023-topo.csv");

  @Test
  void readsEachFormatByName() {
    assertThat(FabricImports.formats()).containsExactly("lingjun-csv", "nccl-xml", "tiresias-csv");
    assertThat(FabricImports.read("lingjun-csv", LINGJUN).hostCount()).isEqualTo(847);
    assertThat(FabricImports.read("nccl-xml", TOPOLOGIES.resolve("nccl-topo-8xA100.xml")).acceleratorCount())
        .isEqualTo(8);
    assertThat(FabricImports.read("tiresias-csv", TOPOLOGIES.resolve("tiresias-specs/n256g8.csv"))
        .acceleratorCount()).isEqualTo(2_048);
  }

  @Test
  void optionsAreConvertedAndChecked() {
    Fabric fabric = FabricImports.read("lingjun-csv", LINGJUN,
        Map.of("gpusPerHost", "4", "accelerator", "B200", "podOversubscription", "2.5", "name", "lj"));

    assertThat(fabric.acceleratorCount()).isEqualTo(847 * 4);
    assertThat(fabric.accelerator()).isEqualTo(HardwareCatalog.B200);
    assertThat(fabric.name()).isEqualTo("lj");
    assertThat(fabric.levels().get(4).oversubscription()).isEqualTo(2.5);
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> FabricImports.read("lingjun-csv", LINGJUN, Map.of("gpus", "4")))
        .hasMessageStartingWith(LINGJUN + ": option gpus: unknown option for lingjun-csv; known: name, gpusPerHost,");
    assertThatThrownBy(() -> FabricImports.read("lingjun-csv", LINGJUN, Map.of("gpusPerHost", "0")))
        .hasMessage(LINGJUN + ": option gpusPerHost: must be >= 1, was 0");
    assertThatThrownBy(() -> FabricImports.read("lingjun-csv", LINGJUN, Map.of("gpusPerHost", "eight")))
        .hasMessage(LINGJUN + ": option gpusPerHost: expected a whole number, was 'eight'");
    assertThatThrownBy(() -> FabricImports.read("lingjun-csv", LINGJUN, Map.of("nic", "roce-100g")))
        .hasMessageStartingWith(LINGJUN + ": option nic: unknown link 'roce-100g'; known:");
  }

  @Test
  void unknownFormat() {
    assertThatThrownBy(() -> FabricImports.read("slurm-conf", LINGJUN))
        .isInstanceOf(ImportException.class)
        .hasMessage(LINGJUN + ": unknown import format 'slurm-conf'; known: lingjun-csv, nccl-xml, tiresias-csv");
  }
}
