package dev.podium.slurm;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.generate.TreeDomain;
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
 * Turns Slurm's switch tree and GPU nodes into a {@link TreeSpec}: one domain per switch, one host
 * per node with GPUs (its GPU count from GRES), levels {@code gpu}, {@code node}, then {@code leaf},
 * {@code spine}, {@code core}, {@code tier3}... by Slurm switch level.
 *
 * <p>Adjustments, because Podium wants one balanced tree: switches without GPU nodes below them are
 * left out; a node under several leaves stays under the first; when there are several top switches,
 * or GPU nodes under no switch (these go to a leaf named {@code unswitched}), a {@code cluster} domain
 * is added on top; a switch more than one level below its parent gets pass-through domains named
 * {@code <switch>-up<level>}; without any switch, all GPU nodes form one domain {@code cluster}. Children are ordered by their first node in Slurm's node order, so the
 * fabric's accelerator order follows Slurm's. Slurm does not describe link rates (its LinkSpeed is
 * unitless): the spec uses NVLink 4 inside a node and 400 Gb/s InfiniBand at 1:1 above it.
 */
public final class SlurmTree {

  private static final String[] TIER_NAMES = {"leaf", "spine", "core"};

  private final Map<String, Integer> gpusByNode = new LinkedHashMap<>();
  private final Map<String, Integer> nodeOrder = new HashMap<>();
  private final Map<String, SlurmSwitch> switches = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, List<String>> hostsOfLeaf = new HashMap<>();
  private final Map<String, Integer> levels = new HashMap<>();
  private final Map<String, Integer> firstNode = new HashMap<>();
  private final Set<String> names = new HashSet<>();

  private SlurmTree(List<SlurmSwitch> switchList, List<SlurmNode> nodes) {
    for (SlurmNode node : nodes) {
      if (node.gpus() > 0) {
        nodeOrder.put(node.name(), gpusByNode.size());
        gpusByNode.put(node.name(), node.gpus());
      }
    }
    for (SlurmSwitch s : switchList) {
      if (switches.putIfAbsent(s.name(), s) != null) {
        throw new IllegalArgumentException("switch " + s.name() + " is listed twice");
      }
    }
    names.addAll(switches.keySet());
    names.addAll(gpusByNode.keySet());
  }

  /**
   * The tree of {@code nodes}' GPU nodes under {@code switches}, with accelerators of {@code
   * accelerator}; the spec (so the fabric and its top domain) is named after the top switch, as a
   * fabric's top domain carries the fabric's name.
   *
   * @throws IllegalArgumentException when no node has GPUs or the names break Podium's rules (a
   *     {@code /}, a switch named like a node)
   */
  public static TreeSpec spec(List<SlurmSwitch> switches, List<SlurmNode> nodes, AcceleratorModel accelerator) {
    return new SlurmTree(switches, nodes).build(accelerator);
  }

  private TreeSpec build(AcceleratorModel accelerator) {
    if (gpusByNode.isEmpty()) {
      throw new IllegalArgumentException("no node has GPUs (Gres=gpu:N); nothing to place on");
    }
    Set<String> placed = new HashSet<>();
    for (SlurmSwitch s : switches.values()) {
      if (s.isLeaf()) {
        List<String> hosts = new ArrayList<>();
        for (String node : s.nodes()) {
          if (gpusByNode.containsKey(node) && placed.add(node)) {
            hosts.add(node);
          }
        }
        hostsOfLeaf.put(s.name(), hosts);
      }
    }
    Set<String> childSwitches = new HashSet<>();
    switches.values().forEach(s -> childSwitches.addAll(s.switches()));
    List<String> roots = new ArrayList<>();
    for (SlurmSwitch s : switches.values()) {
      if (!childSwitches.contains(s.name()) && keep(s.name(), new HashSet<>())) {
        roots.add(s.name());
      }
    }
    List<String> unswitched = gpusByNode.keySet().stream().filter(n -> !placed.contains(n)).toList();
    boolean flat = roots.isEmpty();
    if (!unswitched.isEmpty()) {
      String leaf = unique(flat ? "cluster" : "unswitched");
      hostsOfLeaf.put(leaf, unswitched);
      levels.put(leaf, 0);
      firstNode.put(leaf, nodeOrder.get(unswitched.get(0)));
      roots.add(leaf);
    }
    String root;
    boolean syntheticRoot = roots.size() > 1;
    if (syntheticRoot) {
      root = unique("cluster");
      roots.sort(Comparator.comparing(firstNode::get));
      children.put(root, roots);
      levels.put(root, roots.stream().mapToInt(levels::get).max().orElseThrow() + 1);
    } else {
      root = roots.get(0);
    }
    int top = levels.get(root);
    List<TreeTier> tiers = new ArrayList<>();
    for (int level = 0; level <= top; level++) {
      String tier = (syntheticRoot || flat) && level == top ? "cluster"
          : level < TIER_NAMES.length ? TIER_NAMES[level] : "tier" + level;
      tiers.add(new TreeTier(tier, null, level == top ? null : HardwareCatalog.IB_NDR, 1.0));
    }
    List<TreeDomain> domains = new ArrayList<>();
    List<TreeHost> hosts = new ArrayList<>();
    emit(root, null, top, tiers, domains, hosts);
    try {
      return new TreeSpec(root, accelerator, "gpu", "node", HardwareCatalog.NVLINK4, HardwareCatalog.IB_NDR, tiers,
          domains, hosts);
    } catch (FieldException e) {
      throw new IllegalArgumentException("cannot model the Slurm tree: " + e.getMessage(), e);
    }
  }

  /** Whether {@code name} has GPU nodes below it; records its level, first node and kept children. */
  private boolean keep(String name, Set<String> path) {
    if (levels.containsKey(name)) {
      return true;
    }
    if (firstNode.containsKey(name)) {
      return false;
    }
    SlurmSwitch s = switches.get(name);
    if (s == null) {
      throw new IllegalArgumentException("a switch lists unknown switch " + name);
    }
    if (!path.add(name)) {
      throw new IllegalArgumentException("switch " + name + " is its own ancestor");
    }
    int first = Integer.MAX_VALUE;
    int level = 0;
    if (s.isLeaf()) {
      for (String host : hostsOfLeaf.get(name)) {
        first = Math.min(first, nodeOrder.get(host));
      }
      hostsOfLeaf.get(name).sort(Comparator.comparing(nodeOrder::get));
    } else {
      List<String> kept = new ArrayList<>();
      for (String child : s.switches()) {
        if (keep(child, path)) {
          kept.add(child);
          first = Math.min(first, firstNode.get(child));
          level = Math.max(level, levels.get(child) + 1);
        }
      }
      kept.sort(Comparator.comparing(firstNode::get));
      children.put(name, kept);
    }
    path.remove(name);
    firstNode.put(name, first);
    if (first == Integer.MAX_VALUE) {
      return false;
    }
    levels.put(name, level);
    return true;
  }

  /** Adds {@code name} at {@code level} under {@code parent}, with pass-through domains where levels skip. */
  private void emit(String name, String parent, int level, List<TreeTier> tiers, List<TreeDomain> domains,
      List<TreeHost> hosts) {
    int own = levels.get(name);
    String above = parent;
    for (int l = level; l > own; l--) {
      String passThrough = unique(name + "-up" + l);
      domains.add(new TreeDomain(passThrough, tiers.get(l).level(), above));
      above = passThrough;
    }
    domains.add(new TreeDomain(name, tiers.get(own).level(), above));
    if (hostsOfLeaf.containsKey(name)) {
      for (String host : hostsOfLeaf.get(name)) {
        hosts.add(new TreeHost(host, name, gpusByNode.get(host)));
      }
      return;
    }
    for (String child : children.get(name)) {
      emit(child, name, own - 1, tiers, domains, hosts);
    }
  }

  private String unique(String base) {
    String name = base;
    for (int i = 2; names.contains(name); i++) {
      name = base + "-" + i;
    }
    names.add(name);
    return name;
  }
}
