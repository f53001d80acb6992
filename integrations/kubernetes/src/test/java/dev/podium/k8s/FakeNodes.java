package dev.podium.k8s;

import dev.podium.k8s.cluster.KubeNode;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.export.KubernetesLabelsExporter;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.util.ArrayList;
import java.util.List;

/**
 * Fake GPU nodes for tests and the load driver: a fabric of {@code zone > rack > node}, and one node per
 * host labelled the way {@code podium topology --export k8s-labels} labels it.
 */
public final class FakeNodes {

  private FakeNodes() {}

  /** {@code zones} zones z1.. of {@code racks} racks r1-1.. of {@code perRack} nodes n0001.. with {@code gpus} GPUs. */
  public static Fabric fabric(int zones, int racks, int perRack, int gpus) {
    List<TreeDomain> domains = new ArrayList<>(List.of(new TreeDomain("cluster", "cluster", null)));
    List<TreeHost> hosts = new ArrayList<>();
    for (int z = 1; z <= zones; z++) {
      domains.add(new TreeDomain("z" + z, "zone", "cluster"));
      for (int r = 1; r <= racks; r++) {
        String rack = "r" + z + "-" + r;
        domains.add(new TreeDomain(rack, "rack", "z" + z));
        for (int n = 0; n < perRack; n++) {
          hosts.add(new TreeHost(String.format("n%04d", hosts.size() + 1), rack, gpus));
        }
      }
    }
    return TreeGenerator.build(new TreeSpec("cluster", HardwareCatalog.H100, "gpu", "node", HardwareCatalog.NVLINK4,
        HardwareCatalog.IB_NDR, List.of(new TreeTier("rack", null, HardwareCatalog.IB_NDR, 1),
            new TreeTier("zone", null, HardwareCatalog.IB_NDR, 1), new TreeTier("cluster", null, null, 1)),
        domains, hosts));
  }

  /** One schedulable node per host of {@code fabric}, with its k8s-labels export labels and GPU count. */
  public static List<KubeNode> nodes(Fabric fabric) {
    KubernetesLabelsExporter exporter = new KubernetesLabelsExporter();
    List<KubeNode> nodes = new ArrayList<>();
    for (int host = 0; host < fabric.hostCount(); host++) {
      nodes.add(new KubeNode(fabric.domainName(fabric.hostLevel(), host), exporter.labels(fabric, host),
          fabric.memberCount(fabric.hostLevel(), host), true));
    }
    return nodes;
  }
}
