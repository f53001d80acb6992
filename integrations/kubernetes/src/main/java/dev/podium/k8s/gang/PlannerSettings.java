package dev.podium.k8s.gang;

import dev.podium.api.placement.PlacementPolicy;
import dev.podium.topology.catalog.AcceleratorModel;
import java.util.List;
import java.util.Objects;

/**
 * How the extender plans.
 *
 * @param keys the label and annotation keys
 * @param levels the topology levels, top first (names under the prefix or full label keys); empty to find
 *     them on the nodes
 * @param accelerator the catalog model of the nodes' GPUs
 * @param policy the placement policy
 * @param resource the managed resource, e.g. {@code nvidia.com/gpu}
 */
public record PlannerSettings(GangKeys keys, List<String> levels, AcceleratorModel accelerator,
    PlacementPolicy policy, String resource) {

  /** Checks and copies. */
  public PlannerSettings {
    Objects.requireNonNull(keys, "keys");
    levels = List.copyOf(levels);
    Objects.requireNonNull(accelerator, "accelerator");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(resource, "resource");
  }
}
