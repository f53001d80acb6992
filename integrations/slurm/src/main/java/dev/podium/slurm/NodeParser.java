package dev.podium.slurm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the nodes of {@code sinfo --json} (Slurm 22.05, OpenAPI v0.0.38; later shapes where they differ). */
public final class NodeParser {

  private NodeParser() {}

  /**
   * The nodes in Slurm's order.
   *
   * @throws IllegalArgumentException when the text is not such a document or a node lacks its name
   */
  public static List<SlurmNode> parse(String json) {
    List<SlurmNode> nodes = new ArrayList<>();
    for (JsonNode node : JsonFields.array(json, "nodes")) {
      String name = JsonFields.requiredText(node, "name", "node");
      Set<String> states = new HashSet<>(JsonFields.strings(node, "state"));
      states.addAll(JsonFields.strings(node, "state_flags"));
      try {
        nodes.add(new SlurmNode(name, states, Gres.parseAll(JsonFields.text(node, "gres")),
            Gres.parseAll(JsonFields.text(node, "gres_used")), (int) JsonFields.number(node, "cpus", 0),
            (int) JsonFields.number(node, "alloc_cpus", 0), JsonFields.strings(node, "partitions"),
            JsonFields.text(node, "reason")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("node " + name + ": " + e.getMessage(), e);
      }
    }
    return nodes;
  }
}
