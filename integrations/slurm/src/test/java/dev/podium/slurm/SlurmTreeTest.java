package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlurmTreeTest {

  @Test
  void recordedClusterBecomesLeavesUnderASpine() {
    Fabric fabric = new ClusterReader(Fixtures.client()).read(null, null).fabric();
    assertThat(fabric.hostCount()).isEqualTo(16);
    assertThat(fabric.acceleratorCount()).isEqualTo(128);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "node", "leaf", "spine");
    assertThat(fabric.domainCount(2)).isEqualTo(4);
    assertThat(fabric.domainName(2, 1)).isEqualTo("leaf2");
    assertThat(fabric.domainName(1, 4)).isEqualTo("node005");
    assertThat(fabric.domainOf(fabric.firstMember(1, 4), 2)).isEqualTo(1);
    assertThat(fabric.accelerator()).isEqualTo(HardwareCatalog.H100);
  }

  @Test
  void severalTopsUnswitchedNodesAndSkippedLevelsAreNormalised() {
    List<SlurmSwitch> switches = List.of(
        new SlurmSwitch("s-core", 2, List.of(), List.of("s-pod", "s-lone"), 1),
        new SlurmSwitch("s-pod", 1, List.of(), List.of("s-tor"), 1),
        new SlurmSwitch("s-tor", 0, List.of("n3", "n1"), List.of(), 1),
        new SlurmSwitch("s-lone", 0, List.of("n2"), List.of(), 1),
        new SlurmSwitch("other", 0, List.of("n4", "cpu1"), List.of(), 1),
        new SlurmSwitch("empty", 0, List.of("cpu2"), List.of(), 1));
    List<SlurmNode> nodes = List.of(node("n1", 8), node("n2", 8), node("n3", 4), node("n4", 8), node("n5", 2),
        node("cpu1", 0), node("cpu2", 0));
    TreeSpec spec = SlurmTree.spec(switches, nodes, HardwareCatalog.B200);

    assertThat(spec.tiers()).extracting(t -> t.level()).containsExactly("leaf", "spine", "core", "cluster");
    assertThat(spec.root().name()).isEqualTo("cluster");
    assertThat(spec.domains()).extracting(TreeDomain::name).doesNotContain("empty");
    assertThat(spec.domains()).contains(new TreeDomain("s-lone-up1", "spine", "s-core"),
        new TreeDomain("s-lone", "leaf", "s-lone-up1"), new TreeDomain("unswitched", "leaf", "unswitched-up1"));
    assertThat(spec.hosts()).extracting(TreeHost::name).containsExactly("n1", "n3", "n2", "n4", "n5");
    assertThat(spec.hosts()).extracting(TreeHost::accelerators).containsExactly(8, 4, 8, 8, 2);
    Fabric fabric = TreeGenerator.build(spec);
    assertThat(fabric.acceleratorCount()).isEqualTo(30);
    assertThat(fabric.commonLevel(0, 8)).as("n1 and n3 share a leaf").isEqualTo(2);
  }

  @Test
  void withoutTopologyAllGpuNodesFormOneDomain() {
    TreeSpec spec = SlurmTree.spec(List.of(), List.of(node("a", 4), node("b", 4)), HardwareCatalog.H100);
    assertThat(spec.tiers()).extracting(t -> t.level()).containsExactly("cluster");
    assertThat(spec.domains()).containsExactly(new TreeDomain("cluster", "cluster", null));
  }

  @Test
  void aClusterWithoutGpusIsRefused() {
    assertThatThrownBy(() -> SlurmTree.spec(List.of(), List.of(node("c", 0)), HardwareCatalog.H100))
        .hasMessageContaining("no node has GPUs");
  }

  private static SlurmNode node(String name, int gpus) {
    List<Gres> gres = new ArrayList<>();
    if (gpus > 0) {
      gres.add(new Gres("gpu", null, gpus, List.of()));
    }
    return new SlurmNode(name, Set.of("IDLE"), gres, List.of(), 64, 0, List.of("p"), "");
  }
}
