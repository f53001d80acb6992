package dev.podium.slurm;

import dev.podium.topology.export.Hostlist;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the switches of {@code scontrol show topology} (one {@code SwitchName=... Level=...
 * LinkSpeed=... Nodes=... Switches=...} line each) or of a {@code topology.conf} (no {@code Level}:
 * 0 for switches with {@code Nodes}, else one above their highest child). Other lines are skipped,
 * so a cluster without {@code topology/tree} gives no switches.
 */
public final class TopologyParser {

  private TopologyParser() {}

  /**
   * The switches in the order printed.
   *
   * @throws IllegalArgumentException naming the line whose level, link speed or hostlist is malformed
   */
  public static List<SlurmSwitch> parse(String text) {
    List<SlurmSwitch> switches = new ArrayList<>();
    List<Map<String, String>> withoutLevel = new ArrayList<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (!line.startsWith("SwitchName=")) {
        continue;
      }
      Map<String, String> pairs = KeyValues.parse(line);
      try {
        List<String> children = Hostlist.expand(pairs.getOrDefault("Switches", ""));
        List<String> nodes = children.isEmpty() ? Hostlist.expand(pairs.getOrDefault("Nodes", "")) : List.of();
        int level = pairs.containsKey("Level") ? Integer.parseInt(pairs.get("Level")) : -1;
        long speed = pairs.containsKey("LinkSpeed") ? Long.parseLong(pairs.get("LinkSpeed")) : 1;
        switches.add(new SlurmSwitch(pairs.get("SwitchName"), level, nodes, children, speed));
        withoutLevel.add(pairs.containsKey("Level") ? null : pairs);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("topology line '" + line + "': " + e.getMessage(), e);
      }
    }
    return withoutLevel.stream().allMatch(p -> p == null) ? switches : withLevels(switches);
  }

  /** Levels for topology.conf switches: leaves 0, others one above their highest child. */
  private static List<SlurmSwitch> withLevels(List<SlurmSwitch> switches) {
    Map<String, SlurmSwitch> byName = new HashMap<>();
    switches.forEach(s -> byName.put(s.name(), s));
    Map<String, Integer> levels = new HashMap<>();
    List<SlurmSwitch> result = new ArrayList<>();
    for (SlurmSwitch s : switches) {
      int level = level(s, byName, levels, new HashSet<>());
      result.add(new SlurmSwitch(s.name(), level, s.nodes(), s.switches(), s.linkSpeed()));
    }
    return result;
  }

  private static int level(SlurmSwitch s, Map<String, SlurmSwitch> byName, Map<String, Integer> levels,
      Set<String> path) {
    Integer known = levels.get(s.name());
    if (known != null) {
      return known;
    }
    if (!path.add(s.name())) {
      throw new IllegalArgumentException("switch " + s.name() + " is its own ancestor");
    }
    int level = 0;
    for (String child : s.switches()) {
      SlurmSwitch c = byName.get(child);
      if (c == null) {
        throw new IllegalArgumentException("switch " + s.name() + " lists unknown switch " + child);
      }
      level = Math.max(level, level(c, byName, levels, path) + 1);
    }
    path.remove(s.name());
    levels.put(s.name(), level);
    return level;
  }
}
