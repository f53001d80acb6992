package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlurmBlockExporterTest {

  @Test
  void blocksAreTheFirstLevelAboveHostsWithPowerOfTwoSizesAbove() throws IOException {
    String conf = export(new SlurmBlockExporter(), Presets.find("gb200-nvl72-64").build());

    assertThat(conf.lines().filter(line -> !line.startsWith("#"))).containsExactly(
        "BlockName=su0 Nodes=node[00-07]", "BlockName=su1 Nodes=node[08-15]", "BlockName=su2 Nodes=node[16-23]",
        "BlockName=su3 Nodes=node[24-31]", "BlockName=su4 Nodes=node[32-39]", "BlockName=su5 Nodes=node[40-47]",
        "BlockName=su6 Nodes=node[48-55]", "BlockName=su7 Nodes=node[56-63]", "BlockSizes=8,64");
  }

  @Test
  void everyHostIsInExactlyOneBlock() throws IOException {
    Fabric fabric = Presets.find("ironwood-pod").build();

    String conf = export(new SlurmBlockExporter(), fabric);

    List<String> nodes = new ArrayList<>();
    conf.lines().filter(line -> line.startsWith("BlockName=")).forEach(line -> {
      assertThat(line).matches("BlockName=cube\\d{3} Nodes=host\\[\\d{4}-\\d{4}]");
      nodes.addAll(Hostlist.expand(line.substring(line.indexOf("Nodes=") + 6)));
    });
    assertThat(nodes).hasSize(fabric.hostCount()).doesNotHaveDuplicates();
    assertThat(conf).endsWith("BlockSizes=16\n");
  }

  @Test
  void smallestBlockSetsTheBaseSize() throws IOException {
    String conf = export(new SlurmBlockExporter(), Presets.find("dgx-superpod-h100-4su").build());

    assertThat(conf).contains("BlockName=su3 Nodes=node[096-126]\n").endsWith("BlockSizes=31,124\n");
  }

  @Test
  void theBaseLevelCanBeChosen() throws IOException {
    Fabric fabric = Presets.find("meta-24k-roce").build();

    String conf = export(new SlurmBlockExporter("pod"), fabric);

    assertThat(conf.lines().filter(line -> line.startsWith("BlockName="))).hasSize(8)
        .startsWith("BlockName=pod0 Nodes=node[0000-0383]");
    assertThat(conf).endsWith("BlockSizes=384,3072\n");
    assertThatThrownBy(() -> export(new SlurmBlockExporter("gpu"), fabric))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gpu' is not a level above the hosts of meta-24k-roce; choose one of [rack, pod, cluster]");
  }

  private static String export(SlurmBlockExporter exporter, Fabric fabric) throws IOException {
    StringWriter out = new StringWriter();
    exporter.write(fabric, out);
    return out.toString();
  }
}
