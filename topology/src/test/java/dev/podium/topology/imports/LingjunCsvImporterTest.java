package dev.podium.topology.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.TestPaths;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LingjunCsvImporterTest {

  private static final Path TOPO = TestPaths.shared("data/topologies/alibaba-lingjun-2023-topo.csv");

  @TempDir Path dir;

  @Test
  void importsTheRealClusterWithItsPublishedCounts() {
    Fabric fabric = LingjunCsvImporter.read(TOPO);

    assertThat(fabric.name()).isEqualTo("alibaba-lingjun-2023-topo");
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "host", "tor", "pod", "cluster");
    assertThat(fabric.hostCount()).isEqualTo(847);
    assertThat(fabric.acceleratorCount()).isEqualTo(847 * 8);
    assertThat(fabric.domainCount(2)).isEqualTo(119);
    assertThat(fabric.domainCount(3)).isEqualTo(3);
    assertThat(List.of(fabric.domainName(3, 0), fabric.domainName(3, 1), fabric.domainName(3, 2)))
        .containsExactly("P8", "P10", "P12");
    assertThat(List.of(fabric.memberCount(3, 0), fabric.memberCount(3, 1), fabric.memberCount(3, 2)))
        .containsExactly(179 * 8, 362 * 8, 306 * 8);
    int smallest = Integer.MAX_VALUE;
    int largest = 0;
    for (int tor = 0; tor < fabric.domainCount(2); tor++) {
      smallest = Math.min(smallest, fabric.memberCount(2, tor));
      largest = Math.max(largest, fabric.memberCount(2, tor));
    }
    assertThat(smallest).isEqualTo(2 * 8);
    assertThat(largest).isEqualTo(8 * 8);
    assertThat(fabric.switchesPerTier()).containsEntry("tor", 119).containsEntry("pod", 3).containsEntry("cluster", 1);
    assertThat(fabric.levels().get(4).bandwidthBytesPerSecond()).isCloseTo(50e9, within(1.0));
  }

  @Test
  void hostsAreOrderedByPswThenAswThenFileOrder() throws IOException {
    Fabric fabric = LingjunCsvImporter.read(TOPO);

    assertThat(fabric.domainName(2, 0)).isEqualTo("P8-S1");
    assertThat(fabric.domainName(2, 1)).isEqualTo("P8-S2");
    List<String> fileOrderInFirstTor = new ArrayList<>();
    for (String line : Files.readAllLines(TOPO)) {
      if (line.endsWith(",P8,S1")) {
        fileOrderInFirstTor.add(line.substring(0, line.indexOf(',')));
      }
    }
    List<String> imported = new ArrayList<>();
    for (int h = 0; h < fileOrderInFirstTor.size(); h++) {
      imported.add(fabric.domainName(1, h));
    }
    assertThat(imported).isEqualTo(fileOrderInFirstTor);
  }

  @Test
  void sameFileGivesTheSameFabric() {
    Fabric a = LingjunCsvImporter.read(TOPO);
    Fabric b = LingjunCsvImporter.read(TOPO);

    assertThat(a.vertexCount()).isEqualTo(b.vertexCount());
    for (int v = 0; v < a.vertexCount(); v++) {
      assertThat(a.vertexName(v)).isEqualTo(b.vertexName(v));
    }
  }

  @Test
  void optionsSetGpusPartsAndOversubscription() {
    Fabric fabric = LingjunCsvImporter.read(TOPO, new LingjunCsvImporter.Options("lingjun", 4, HardwareCatalog.H200,
        HardwareCatalog.NVLINK4, HardwareCatalog.ROCE_400G, HardwareCatalog.ROCE_400G, HardwareCatalog.SN5600, 2.0,
        1.0));

    assertThat(fabric.name()).isEqualTo("lingjun");
    assertThat(fabric.acceleratorCount()).isEqualTo(847 * 4);
    assertThat(fabric.accelerator()).isEqualTo(HardwareCatalog.H200);
    assertThat(fabric.levels().get(3).oversubscription()).isCloseTo(2.0, within(1e-9));
    assertThat(fabric.levels().get(3).bandwidthBytesPerSecond()).isCloseTo(25e9, within(1.0));
  }

  @Test
  void missingColumnInTheHeader() throws IOException {
    Path file = write("ip,DSW,PSW\na,G6,P1\n");

    assertThatThrownBy(() -> LingjunCsvImporter.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":1: header: missing column 'ASW'; expected ip,DSW,PSW,ASW, found ip,DSW,PSW");
  }

  @Test
  void emptyField() throws IOException {
    Path file = write("ip,DSW,PSW,ASW\na,G6,P1,S1\nb,G6,,S1\n");

    assertThatThrownBy(() -> LingjunCsvImporter.read(file))
        .hasMessage(file + ":3: column 3 (PSW): empty field")
        .satisfies(e -> {
          ImportException i = (ImportException) e;
          assertThat(i.line()).isEqualTo(3);
          assertThat(i.column()).isEqualTo("column 3 (PSW)");
          assertThat(i.reason()).isEqualTo("empty field");
        });
  }

  @Test
  void wrongColumnCount() throws IOException {
    Path file = write("ip,DSW,PSW,ASW\na,G6,P1,S1\n\nb,G6,P1\n");

    assertThatThrownBy(() -> LingjunCsvImporter.read(file))
        .hasMessage(file + ":4: column 4 (ASW): missing: the row has 3 of 4 columns (ip,DSW,PSW,ASW)");
    Path extra = write("ip,DSW,PSW,ASW\na,G6,P1,S1,x\n");
    assertThatThrownBy(() -> LingjunCsvImporter.read(extra))
        .hasMessage(extra + ":2: column 5: unexpected: the row has 5 columns, the header 4 (ip,DSW,PSW,ASW)");
  }

  @Test
  void duplicateHostAndSecondDsw() throws IOException {
    Path duplicate = write("ip,DSW,PSW,ASW\na,G6,P1,S1\na,G6,P1,S2\n");
    assertThatThrownBy(() -> LingjunCsvImporter.read(duplicate))
        .hasMessage(duplicate + ":3: column 1 (ip): duplicate host 'a', first on line 2");

    Path twoCores = write("ip,DSW,PSW,ASW\na,G6,P1,S1\nb,G7,P1,S2\n");
    assertThatThrownBy(() -> LingjunCsvImporter.read(twoCores))
        .hasMessage(twoCores + ":3: column 2 (DSW): a second DSW 'G7' (line 2 has 'G6'); the importer builds one"
            + " fabric under one DSW");
  }

  @Test
  void columnsMayComeInAnyOrder() throws IOException {
    Path file = write("ASW,PSW,DSW,ip\nS1,P1,G6,a\nS1,P1,G6,b\nS2,P2,G6,c\n");

    Fabric fabric = LingjunCsvImporter.read(file);

    assertThat(fabric.hostCount()).isEqualTo(3);
    assertThat(fabric.domainCount(3)).isEqualTo(2);
  }

  @Test
  void quotedFieldsAndEmptyFiles() throws IOException {
    Path quoted = write("ip,DSW,PSW,ASW\n\"a\",G6,P1,S1\n");
    assertThatThrownBy(() -> LingjunCsvImporter.read(quoted))
        .hasMessage(quoted + ":2: column 1: quoted fields are not supported");

    Path headerOnly = write("ip,DSW,PSW,ASW\n");
    assertThatThrownBy(() -> LingjunCsvImporter.read(headerOnly)).hasMessage(headerOnly + ": no host rows");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "topo", ".csv"), text);
  }
}
