package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.queue.QueuePolicyProvider;
import dev.podium.core.policy.Policies;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium policies}: the placement and queue policies found on the class path. */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = "Lists the placement and queue policies found on the class path (built-in and plug-in).")
final class PoliciesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json",
      description = "Print {placement: [...], queue: [...]}, each entry {name, description, options}.")
  boolean json;

  /** One policy as {@code --json} prints it. */
  record Entry(String name, String description, List<String> options) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<PlacementPolicyProvider> placement = Policies.placementProviders();
    List<QueuePolicyProvider> queue = Policies.queueProviders();
    if (json) {
      Map<String, List<Entry>> all = new LinkedHashMap<>();
      all.put("placement", placement.stream()
          .map(p -> new Entry(p.name(), p.description(), new ArrayList<>(new TreeSet<>(p.options()))))
          .toList());
      all.put("queue", queue.stream()
          .map(q -> new Entry(q.name(), q.description(), new ArrayList<>(new TreeSet<>(q.options()))))
          .toList());
      out.println(new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
      out.flush();
      return 0;
    }
    int width = 8;
    for (PlacementPolicyProvider p : placement) {
      width = Math.max(width, p.name().length());
    }
    for (QueuePolicyProvider q : queue) {
      width = Math.max(width, q.name().length());
    }
    out.println("Placement policies:");
    for (PlacementPolicyProvider p : placement) {
      out.printf("  %-" + width + "s  %s%s%n", p.name(), p.description(), options(p.options()));
    }
    out.println();
    out.println("Queue policies:");
    if (queue.isEmpty()) {
      out.println("  (none found)");
    }
    for (QueuePolicyProvider q : queue) {
      out.printf("  %-" + width + "s  %s%s%n", q.name(), q.description(), options(q.options()));
    }
    return 0;
  }

  private static String options(java.util.Set<String> keys) {
    return keys.isEmpty() ? "" : " [options: " + String.join(", ", new TreeSet<>(keys)) + "]";
  }
}
