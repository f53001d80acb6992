package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.KubeNode;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Fabric} from nodes' topology labels: one host per node with GPUs (as many
 * accelerators as it has allocatable), one domain per distinct path of label values from the top level
 * down, levels {@code gpu}, {@code node}, then the label levels from the lowest up (named after the label
 * without its prefix). When the top label has several values, or there are no levels, a {@code cluster}
 * domain is added on top. Nodes are taken in name order, so accelerator ids follow node names. A domain
 * is named after its label value, or {@code <parent>.<value>} when the value repeats under several
 * parents. Node labels do not describe link rates: the fabric uses NVLink 4 inside a node and 400 Gb/s
 * InfiniBand at 1:1 above it, as for Slurm; placement reads the levels, not the rates.
 */
public final class LabelTopology {

  private LabelTopology() {}

  /**
   * The fabric of the GPU nodes among {@code nodes}, with levels {@code levelLabels} (top first).
   *
   * @param fabric the fabric (null when no node has GPUs and every label)
   * @param levelLabels the label keys of the levels above the nodes, top first
   * @param excluded GPU nodes left out, with the reason
   */
  public record Result(Fabric fabric, List<String> levelLabels, Map<String, String> excluded) {

    /** Copies the collections. */
    public Result {
      levelLabels = List.copyOf(levelLabels);
      excluded = Map.copyOf(excluded);
    }
  }

  /**
   * Builds the fabric.
   *
   * @throws IllegalArgumentException when the labels cannot make a tree (the message names the node or
   *     label)
   */
  public static Result build(List<KubeNode> nodes, List<String> levelLabels, AcceleratorModel accelerator) {
    List<KubeNode> gpuNodes = new ArrayList<>(nodes.stream().filter(n -> n.gpus() > 0).toList());
    gpuNodes.sort(Comparator.comparing(KubeNode::name));
    Map<String, String> excluded = new LinkedHashMap<>();
    List<KubeNode> hosts = new ArrayList<>();
    for (KubeNode node : gpuNodes) {
      String missing = levelLabels.stream().filter(l -> !node.labels().containsKey(l)).findFirst().orElse(null);
      if (missing != null) {
        excluded.put(node.name(), "node " + node.name() + " has no label " + missing);
      } else {
        hosts.add(node);
      }
    }
    if (hosts.isEmpty()) {
      return new Result(null, levelLabels, excluded);
    }
    try {
      return new Result(TreeGenerator.build(spec(hosts, levelLabels, accelerator)), levelLabels, excluded);
    } catch (FieldException e) {
      throw new IllegalArgumentException("cannot model the node labels " + levelLabels + " as a tree: "
          + e.getMessage(), e);
    }
  }

  private static TreeSpec spec(List<KubeNode> hosts, List<String> levelLabels, AcceleratorModel accelerator) {
    int levels = levelLabels.size();
    Set<String> names = new HashSet<>();
    hosts.forEach(h -> names.add(h.name()));
    List<String> levelNames = new ArrayList<>();
    for (String label : levelLabels) {
      levelNames.add(label.substring(label.indexOf('/') + 1));
    }
    boolean topIsOne = levels > 0 && hosts.stream().map(h -> h.labels().get(levelLabels.get(0))).distinct().count() == 1;
    // Paths of label values, top first; the domain of a node at level i is its path's first i+1 values.
    Map<List<String>, String> domainNames = new HashMap<>();
    Map<Integer, Map<String, Set<List<String>>>> parentsOfValue = new HashMap<>();
    for (KubeNode host : hosts) {
      for (int i = 0; i < levels; i++) {
        List<String> path = path(host, levelLabels, i);
        parentsOfValue.computeIfAbsent(i, k -> new HashMap<>())
            .computeIfAbsent(path.get(i), k -> new HashSet<>()).add(path.subList(0, i));
      }
    }
    String root = topIsOne ? null : unique("cluster", names);
    List<TreeTier> tiers = new ArrayList<>();
    for (int i = levels - 1; i >= 0; i--) {
      tiers.add(new TreeTier(levelNames.get(i), null, HardwareCatalog.IB_NDR, 1.0));
    }
    if (root != null) {
      tiers.add(new TreeTier(unique("cluster", new HashSet<>(levelNames)), null, HardwareCatalog.IB_NDR, 1.0));
    }
    TreeTier top = tiers.get(tiers.size() - 1);
    tiers.set(tiers.size() - 1, new TreeTier(top.level(), null, null, 1.0)); // the top tier has no uplink
    List<TreeDomain> domains = new ArrayList<>();
    if (root != null) {
      domains.add(new TreeDomain(root, top.level(), null));
    }
    List<TreeHost> treeHosts = new ArrayList<>();
    for (KubeNode host : hosts) {
      String parent = root;
      for (int i = 0; i < levels; i++) {
        List<String> path = path(host, levelLabels, i);
        String name = domainNames.get(path);
        if (name == null) {
          String value = path.get(i);
          boolean repeated = parentsOfValue.get(i).get(value).size() > 1;
          name = unique(repeated && parent != null ? parent + "." + value : value, names);
          domainNames.put(path, name);
          domains.add(new TreeDomain(name, levelNames.get(i), parent));
        }
        parent = name;
      }
      treeHosts.add(new TreeHost(host.name(), parent, host.gpus()));
    }
    String fabricName = root != null ? root : domainNames.get(List.of(hosts.get(0).labels().get(levelLabels.get(0))));
    return new TreeSpec(fabricName, accelerator, "gpu", "node", HardwareCatalog.NVLINK4, HardwareCatalog.IB_NDR,
        tiers, domains, treeHosts);
  }

  private static List<String> path(KubeNode host, List<String> levelLabels, int level) {
    List<String> path = new ArrayList<>(level + 1);
    for (int i = 0; i <= level; i++) {
      path.add(host.labels().get(levelLabels.get(i)));
    }
    return path;
  }

  private static String unique(String base, Set<String> names) {
    String name = base;
    for (int i = 2; names.contains(name); i++) {
      name = base + "-" + i;
    }
    names.add(name);
    return name;
  }
}
