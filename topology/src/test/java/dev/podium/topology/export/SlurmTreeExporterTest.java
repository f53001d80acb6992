package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlurmTreeExporterTest {

  @Test
  void meta24kListsEveryHostOnceAndEveryRackUnderItsPod() throws IOException {
    Fabric fabric = Presets.find("meta-24k-roce").build();
    Map<String, Line> switches = parse(export(fabric));

    List<String> nodes = new ArrayList<>();
    switches.values().forEach(line -> nodes.addAll(line.nodes));
    List<String> hosts = new ArrayList<>();
    for (int h = 0; h < fabric.hostCount(); h++) {
      hosts.add(fabric.domainName(fabric.hostLevel(), h));
    }
    assertThat(nodes).containsExactlyInAnyOrderElementsOf(hosts).doesNotHaveDuplicates();

    int rack = level(fabric, "rack");
    int pod = level(fabric, "pod");
    Map<String, String> parentOf = new HashMap<>();
    switches.forEach((name, line) -> line.switches.forEach(child -> assertThat(parentOf.put(child, name)).isNull()));
    assertThat(switches.values().stream().filter(line -> !line.nodes.isEmpty())).hasSize(1_536);
    for (int r = 0; r < fabric.domainCount(rack); r++) {
      String expectedPod = fabric.domainName(pod, fabric.domainOf(fabric.firstMember(rack, r), pod));
      assertThat(parentOf).containsEntry(fabric.domainName(rack, r), expectedPod);
    }
    for (int p = 0; p < fabric.domainCount(pod); p++) {
      assertThat(parentOf).containsEntry(fabric.domainName(pod, p), "meta-24k-roce");
      assertThat(switches.get(fabric.domainName(pod, p)).switches).hasSize(192);
    }
    assertThat(switches.get("rack0000").nodes).containsExactly("node0000", "node0001");
    assertThat(switches.get("meta-24k-roce").linkSpeed).isEqualTo(57);
    assertThat(switches.get("pod3").linkSpeed).isEqualTo(400);
  }

  @Test
  void railOptimizedUnitsAreOneSwitchEach() throws IOException {
    Fabric fabric = Presets.find("dgx-superpod-h100-4su").build();

    String conf = export(fabric);

    assertThat(conf.lines().filter(line -> !line.startsWith("#"))).containsExactly(
        "SwitchName=su0 Nodes=node[000-031] LinkSpeed=400",
        "SwitchName=su1 Nodes=node[032-063] LinkSpeed=400",
        "SwitchName=su2 Nodes=node[064-095] LinkSpeed=400",
        "SwitchName=su3 Nodes=node[096-126] LinkSpeed=400",
        "SwitchName=dgx-superpod-h100-4su Switches=su[0-3] LinkSpeed=400");
  }

  @Test
  void torusPodsAreCubesUnderThePod() throws IOException {
    Map<String, Line> switches = parse(export(Presets.find("ironwood-pod").build()));

    assertThat(switches).hasSize(145);
    assertThat(switches.get("cube000").nodes).hasSize(16);
    assertThat(switches.get("ironwood-pod").switches).hasSize(144);
  }

  @Test
  void rejectsNamesSlurmCannotTake() {
    assertThatThrownBy(() -> export(twoRacks("rack", "rack")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rack rack has the same name as rack rack");
    assertThatThrownBy(() -> export(twoRacks("r0", "x".repeat(65))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 64 characters");
    assertThatThrownBy(() -> export(twoRacks("r0", "rack 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace");
  }

  static Fabric twoRacks(String first, String second) {
    FabricBuilder b = new FabricBuilder("two", HardwareCatalog.H100, List.of("gpu", "host", "rack", "cluster"), 1);
    int spine = b.addSwitch(3, "spine", HardwareCatalog.QM9700, "spine0");
    String[] racks = {first, second};
    for (int r = 0; r < 2; r++) {
      b.open(2, racks[r]);
      int leaf = b.addSwitch(2, "leaf", HardwareCatalog.QM9700, "leaf" + r);
      b.link(leaf, spine, LinkKind.FABRIC, HardwareCatalog.IB_NDR, 2);
      b.open(1, "n" + r);
      for (int i = 0; i < 2; i++) {
        int gpu = b.addAccelerator();
        b.link(gpu, b.currentHost(), LinkKind.SCALE_UP, HardwareCatalog.NVLINK4, 1);
        b.link(gpu, leaf, LinkKind.NIC, HardwareCatalog.IB_NDR, 1);
      }
      b.close(1);
      b.close(2);
    }
    return b.build();
  }

  private static String export(Fabric fabric) throws IOException {
    StringWriter out = new StringWriter();
    new SlurmTreeExporter().write(fabric, out);
    return out.toString();
  }

  private static int level(Fabric fabric, String name) {
    return fabric.levels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().index();
  }

  /** One topology.conf line, parsed the way Slurm reads it: key=value pairs, hostlists expanded. */
  private record Line(List<String> nodes, List<String> switches, long linkSpeed) {}

  private static Map<String, Line> parse(String conf) {
    Map<String, Line> lines = new LinkedHashMap<>();
    for (String line : conf.lines().toList()) {
      if (line.startsWith("#")) {
        continue;
      }
      Map<String, String> pairs = new HashMap<>();
      for (String pair : line.split(" ")) {
        String[] kv = pair.split("=", 2);
        assertThat(pairs.put(kv[0], kv[1])).as(line).isNull();
      }
      assertThat(pairs.keySet()).as(line).containsAnyOf("Nodes", "Switches").contains("SwitchName", "LinkSpeed");
      Line parsed = new Line(Hostlist.expand(pairs.getOrDefault("Nodes", "")),
          Hostlist.expand(pairs.getOrDefault("Switches", "")), Long.parseLong(pairs.get("LinkSpeed")));
      assertThat(lines.put(pairs.get("SwitchName"), parsed)).as("duplicate " + line).isNull();
    }
    return lines;
  }
}
