package dev.podium.cli;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.queue.QueuePolicyProvider;
import dev.podium.core.policy.Policies;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podium policies}: the placement and queue policies found on the class path. */
@Command(name = "policies", mixinStandardHelpOptions = true,
    description = "Lists the placement and queue policies found on the class path (built-in and plug-in).")
final class PoliciesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<PlacementPolicyProvider> placement = Policies.placementProviders();
    List<QueuePolicyProvider> queue = Policies.queueProviders();
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
    return keys.isEmpty() ? "" : " [options: " + String.join(", ", new java.util.TreeSet<>(keys)) + "]";
  }
}
