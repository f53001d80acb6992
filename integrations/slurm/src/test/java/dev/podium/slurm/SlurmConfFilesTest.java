package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.TreeGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlurmConfFilesTest {

  @Test
  void writesTheTreeNodeAndGresLinesAndReadsBackTheSameTree(@TempDir Path dir) throws Exception {
    Fabric fabric = TestFabrics.leavesUnderSpine(4, 4, 8);
    List<Path> files = SlurmConfFiles.write(fabric, dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("topology.conf", "nodes.conf", "gres.conf");
    assertThat(Files.readString(dir.resolve("topology.conf")))
        .contains("SwitchName=leaf1 Nodes=node[001-004]", "SwitchName=spine Switches=leaf[1-4]");
    assertThat(Files.readString(dir.resolve("nodes.conf"))).contains("NodeName=node[001-016] Gres=gpu:h100:8\n");
    assertThat(Files.readString(dir.resolve("gres.conf")))
        .contains("NodeName=node[001-016] Name=gpu Type=h100 File=/dev/nvidia[0-7]\n");

    List<SlurmSwitch> switches = TopologyParser.parse(Files.readString(dir.resolve("topology.conf")));
    List<SlurmNode> nodes = new ArrayList<>();
    for (int h = 0; h < fabric.hostCount(); h++) {
      nodes.add(new SlurmNode(fabric.domainName(1, h), Set.of("IDLE"),
          Gres.parseAll("gpu:h100:8"), List.of(), 64, 0, List.of("gpu"), ""));
    }
    Fabric back = TreeGenerator.build(SlurmTree.spec(switches, nodes, HardwareCatalog.H100));
    assertThat(TestFabrics.shape(back)).isEqualTo(TestFabrics.shape(fabric));
  }

  @Test
  void mixedGpuCountsGetOneLinePerRun() {
    Fabric fabric = TreeGenerator.build(SlurmTree.spec(List.of(), List.of(
        node("a1", 8), node("a2", 8), node("b1", 4)), HardwareCatalog.H100));
    assertThat(SlurmConfFiles.nodeLines(fabric)).contains("NodeName=a[1-2] Gres=gpu:h100:8\nNodeName=b1 Gres=gpu:h100:4\n");
    assertThat(SlurmConfFiles.gresConf(fabric)).contains("NodeName=b1 Name=gpu Type=h100 File=/dev/nvidia[0-3]\n");
  }

  private static SlurmNode node(String name, int gpus) {
    return new SlurmNode(name, Set.of("IDLE"), Gres.parseAll("gpu:" + gpus), List.of(), 64, 0,
        List.of("gpu"), "");
  }
}
