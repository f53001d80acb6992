package dev.podium.k8s.gang;

import dev.podium.k8s.cluster.KubeNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which node labels are the topology levels, top first: the ones given, or, by default, found on the
 * nodes. Found levels are the {@code <prefix>/...} labels that every GPU node carries, ordered from the
 * coarsest down (each level's domains must lie inside one domain of the level above), which is how
 * {@code podium topology --export k8s-labels} writes them.
 */
public final class TopologyLevels {

  private TopologyLevels() {}

  /**
   * The label keys of {@code levels} (top first; a name without '/' means {@code <prefix>/<name>}), or,
   * when {@code levels} is empty, the levels found on {@code gpuNodes}.
   *
   * @throws IllegalArgumentException when found labels do not nest, naming two nodes that show it
   */
  public static List<String> resolve(List<String> levels, List<KubeNode> gpuNodes, GangKeys keys) {
    if (!levels.isEmpty()) {
      List<String> labels = levels.stream().map(keys::levelLabel).toList();
      if (new HashSet<>(labels).size() != labels.size()) {
        throw new IllegalArgumentException("--levels " + String.join(",", levels) + ": a level is named twice");
      }
      return labels;
    }
    return detect(gpuNodes, keys);
  }

  private static List<String> detect(List<KubeNode> gpuNodes, GangKeys keys) {
    if (gpuNodes.isEmpty()) {
      return List.of();
    }
    Set<String> common = new TreeSet<>();
    for (String key : gpuNodes.get(0).labels().keySet()) {
      if (key.startsWith(keys.prefix() + "/") && !keys.isPodKey(key)) {
        common.add(key);
      }
    }
    for (KubeNode node : gpuNodes) {
      common.retainAll(node.labels().keySet());
    }
    Map<String, Integer> distinct = new HashMap<>();
    for (String key : common) {
      distinct.put(key, (int) gpuNodes.stream().map(n -> n.labels().get(key)).distinct().count());
    }
    List<String> ordered = new ArrayList<>(common);
    ordered.sort(Comparator.comparing((String key) -> distinct.get(key)).thenComparing(Comparator.naturalOrder()));
    for (int i = 1; i < ordered.size(); i++) {
      checkNested(ordered.get(i - 1), ordered.get(i), gpuNodes);
    }
    return ordered;
  }

  /** Checks that every value of {@code lower} lies in one value of {@code upper}. */
  private static void checkNested(String upper, String lower, List<KubeNode> gpuNodes) {
    Map<String, KubeNode> firstWith = new HashMap<>();
    for (KubeNode node : gpuNodes) {
      KubeNode first = firstWith.putIfAbsent(node.labels().get(lower), node);
      if (first != null && !first.labels().get(upper).equals(node.labels().get(upper))) {
        throw new IllegalArgumentException("node labels " + upper + " and " + lower + " do not nest: nodes "
            + first.name() + " and " + node.name() + " share " + lower + "=" + node.labels().get(lower)
            + " but have " + upper + "=" + first.labels().get(upper) + " and " + node.labels().get(upper)
            + "; name the levels, top first, with --levels");
      }
    }
  }
}
