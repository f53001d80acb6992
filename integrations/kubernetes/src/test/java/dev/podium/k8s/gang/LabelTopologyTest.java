package dev.podium.k8s.gang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelTopologyTest {

  @Test
  void theLabelsOfTheK8sLabelsExportGiveBackTheFabricsShape() {
    Fabric exported = FakeNodes.fabric(2, 3, 4, 8);
    List<KubeNode> nodes = FakeNodes.nodes(exported);
    List<String> levels = TopologyLevels.resolve(List.of(), nodes, GangKeys.defaults());
    assertThat(levels).containsExactly("podium.dev/cluster", "podium.dev/zone", "podium.dev/rack");

    Fabric read = LabelTopology.build(nodes, levels, HardwareCatalog.H100).fabric();
    assertThat(shape(read)).isEqualTo(shape(exported));
    assertThat(read.levels().stream().map(l -> l.name()).toList())
        .containsExactly("gpu", "node", "rack", "zone", "cluster");
  }

  @Test
  void levelsGivenByNameAreLabelsUnderThePrefix() {
    List<KubeNode> nodes = FakeNodes.nodes(FakeNodes.fabric(2, 2, 2, 8));
    List<String> levels = TopologyLevels.resolve(List.of("zone", "rack"), nodes, GangKeys.defaults());
    assertThat(levels).containsExactly("podium.dev/zone", "podium.dev/rack");
    Fabric fabric = LabelTopology.build(nodes, levels, HardwareCatalog.H100).fabric();
    assertThat(fabric.levels().get(fabric.levelCount() - 1).name()).as("two zones: a cluster on top").isEqualTo(
        "cluster");
    assertThat(fabric.domainCount(fabric.levelCount() - 1)).isOne();
    assertThat(TopologyLevels.resolve(List.of("topology.kubernetes.io/zone"), nodes, GangKeys.defaults()))
        .containsExactly("topology.kubernetes.io/zone");
  }

  @Test
  void labelsThatDoNotNestAreRejectedNamingTwoNodes() {
    List<KubeNode> nodes = List.of(
        node("a", Map.of("podium.dev/rack", "r1", "podium.dev/row", "x")),
        node("b", Map.of("podium.dev/rack", "r1", "podium.dev/row", "y")),
        node("c", Map.of("podium.dev/rack", "r2", "podium.dev/row", "y")));
    assertThatThrownBy(() -> TopologyLevels.resolve(List.of(), nodes, GangKeys.defaults()))
        .hasMessage("node labels podium.dev/rack and podium.dev/row do not nest: nodes b and c share podium.dev/row=y"
            + " but have podium.dev/rack=r1 and r2; name the levels, top first, with --levels");
  }

  @Test
  void aValueRepeatedUnderTwoParentsIsTwoDomainsAndUnlabelledNodesAreLeftOut() {
    List<KubeNode> nodes = new ArrayList<>(List.of(
        node("a", Map.of("podium.dev/zone", "z1", "podium.dev/rack", "r1")),
        node("b", Map.of("podium.dev/zone", "z2", "podium.dev/rack", "r1")),
        node("c", Map.of("podium.dev/zone", "z2")),
        new KubeNode("cpu-only", Map.of(), 0, true)));
    LabelTopology.Result result = LabelTopology.build(nodes, List.of("podium.dev/zone", "podium.dev/rack"),
        HardwareCatalog.H100);
    Fabric fabric = result.fabric();
    assertThat(fabric.hostCount()).isEqualTo(2);
    assertThat(fabric.domainCount(2)).as("rack r1 of z1 and rack r1 of z2").isEqualTo(2);
    assertThat(fabric.domainName(2, 0)).isEqualTo("z1.r1");
    assertThat(fabric.domainName(2, 1)).isEqualTo("z2.r1");
    assertThat(result.excluded()).containsExactly(Map.entry("c", "node c has no label podium.dev/rack"));
  }

  @Test
  void withoutLevelsAllNodesFormOneDomain() {
    List<KubeNode> nodes = List.of(node("a", Map.of()), node("b", Map.of()));
    assertThat(TopologyLevels.resolve(List.of(), nodes, GangKeys.defaults())).isEmpty();
    Fabric fabric = LabelTopology.build(nodes, List.of(), HardwareCatalog.H100).fabric();
    assertThat(fabric.levelCount()).isEqualTo(3);
    assertThat(fabric.acceleratorCount()).isEqualTo(16);
  }

  private static KubeNode node(String name, Map<String, String> labels) {
    return new KubeNode(name, labels, 8, true);
  }

  /** Per host: its name, GPU count and the domains above it. */
  static List<String> shape(Fabric fabric) {
    List<String> lines = new ArrayList<>();
    int hostLevel = fabric.hostLevel();
    for (int host = 0; host < fabric.hostCount(); host++) {
      int first = fabric.firstMember(hostLevel, host);
      StringBuilder line = new StringBuilder(fabric.domainName(hostLevel, host)).append(' ')
          .append(fabric.memberCount(hostLevel, host));
      for (int level = hostLevel + 1; level < fabric.levelCount(); level++) {
        line.append(' ').append(fabric.levels().get(level).name()).append('=')
            .append(fabric.domainName(level, fabric.domainOf(first, level)));
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
