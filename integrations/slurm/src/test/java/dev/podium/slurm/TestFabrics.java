package dev.podium.slurm;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.util.ArrayList;
import java.util.List;

/** Small tree fabrics named the way Slurm clusters are, and a comparable description of their shape. */
final class TestFabrics {

  private TestFabrics() {}

  /** {@code leaves} leaf switches leaf1.. of {@code perLeaf} nodes node001.. with {@code gpus} H100s, under spine. */
  static Fabric leavesUnderSpine(int leaves, int perLeaf, int gpus) {
    List<TreeDomain> domains = new ArrayList<>(List.of(new TreeDomain("spine", "spine", null)));
    List<TreeHost> hosts = new ArrayList<>();
    for (int leaf = 1; leaf <= leaves; leaf++) {
      domains.add(new TreeDomain("leaf" + leaf, "leaf", "spine"));
      for (int n = 0; n < perLeaf; n++) {
        hosts.add(new TreeHost(String.format("node%03d", (leaf - 1) * perLeaf + n + 1), "leaf" + leaf, gpus));
      }
    }
    return TreeGenerator.build(new TreeSpec("spine", HardwareCatalog.H100, "gpu", "node",
        HardwareCatalog.NVLINK4, HardwareCatalog.IB_NDR,
        List.of(new TreeTier("leaf", null, HardwareCatalog.IB_NDR, 1), new TreeTier("spine", null, null, 1)),
        domains, hosts));
  }

  /** Per host, in order: its name, GPU count and the names of the domains above it. */
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
