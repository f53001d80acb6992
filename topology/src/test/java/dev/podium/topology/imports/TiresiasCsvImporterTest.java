package dev.podium.topology.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.TestPaths;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiresiasCsvImporterTest {

  private static final Path SPECS = TestPaths.shared("data/topologies/tiresias-specs");

  @TempDir Path dir;

  @Test
  void n256g8IsEightSwitchesOfThirtyTwoNodesOfEightGpus() {
    Fabric fabric = TiresiasCsvImporter.read(SPECS.resolve("n256g8.csv"));

    assertThat(fabric.name()).isEqualTo("n256g8");
    assertThat(fabric.acceleratorCount()).isEqualTo(2_048);
    assertThat(fabric.hostCount()).isEqualTo(256);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "host", "rack", "cluster");
    assertThat(fabric.domainCount(2)).isEqualTo(8);
    for (int rack = 0; rack < 8; rack++) {
      assertThat(fabric.memberCount(2, rack)).isEqualTo(256);
    }
    // 256 NIC ports down and 256 up per rack on 128-port switches: 4 leaves; 2,048 spine ports: 16 spines.
    assertThat(fabric.switchesPerTier()).containsEntry("leaf", 32).containsEntry("spine", 16);
    assertThat(fabric.levels().get(3).oversubscription()).isEqualTo(1.0);
  }

  @Test
  void readsTheClusterRow() {
    TiresiasCsvImporter.Cluster cluster = TiresiasCsvImporter.cluster(SPECS.resolve("n256g8.csv"));

    assertThat(cluster).isEqualTo(new TiresiasCsvImporter.Cluster(8, 32, 8, 64, 256));
  }

  @ParameterizedTest
  @CsvSource({"cluster_spec.csv, 64", "n160g8.csv, 1280", "n1g4.csv, 4", "n32g4.csv, 128"})
  void everyPublishedSpecBuilds(String file, int gpus) {
    assertThat(TiresiasCsvImporter.read(SPECS.resolve(file)).acceleratorCount()).isEqualTo(gpus);
  }

  @Test
  void badRowsNameLineAndColumn() throws IOException {
    String header = "num_switch,num_node_p_switch,num_gpu_p_node,num_cpu_p_node,mem_p_node\n";
    Path zero = write(header + "8,0,8,64,256\n");
    assertThatThrownBy(() -> TiresiasCsvImporter.read(zero))
        .hasMessage(zero + ":2: column 2 (num_node_p_switch): must be >= 1, was 0");

    Path text = write(header + "8,32,eight,64,256\n");
    assertThatThrownBy(() -> TiresiasCsvImporter.read(text))
        .hasMessage(text + ":2: column 3 (num_gpu_p_node): not a whole number: 'eight'");

    Path two = write(header + "8,32,8,64,256\n1,1,1,1,1\n");
    assertThatThrownBy(() -> TiresiasCsvImporter.read(two))
        .hasMessage(two + ":3: expected one data row (one cluster spec), found another");

    Path missing = write("num_switch,num_node_p_switch,num_cpu_p_node,mem_p_node\n8,32,64,256\n");
    assertThatThrownBy(() -> TiresiasCsvImporter.read(missing))
        .hasMessageStartingWith(missing + ":1: header: missing column 'num_gpu_p_node'");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "spec", ".csv"), text);
  }
}
