package dev.podium.core.policy;

import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.api.queue.QueuePolicyProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The placement and queue policies on the class path, found with {@link ServiceLoader}. */
public final class Policies {

  private Policies() {}

  /** Every placement-policy provider, sorted by name. */
  public static List<PlacementPolicyProvider> placementProviders() {
    List<PlacementPolicyProvider> all = new ArrayList<>();
    ServiceLoader.load(PlacementPolicyProvider.class).forEach(all::add);
    all.sort(Comparator.comparing(PlacementPolicyProvider::name));
    return all;
  }

  /** Every queue-policy provider, sorted by name. */
  public static List<QueuePolicyProvider> queueProviders() {
    List<QueuePolicyProvider> all = new ArrayList<>();
    ServiceLoader.load(QueuePolicyProvider.class).forEach(all::add);
    all.sort(Comparator.comparing(QueuePolicyProvider::name));
    return all;
  }

  /** The named placement policy, guarded; unknown names list the known ones. */
  public static PlacementPolicy placement(String name, PolicyOptions options) {
    for (PlacementPolicyProvider provider : placementProviders()) {
      if (provider.name().equals(name)) {
        return new PolicyGuard(provider.create(options));
      }
    }
    throw new IllegalArgumentException("unknown placement policy '" + name + "'; known: "
        + String.join(", ", placementProviders().stream().map(PlacementPolicyProvider::name).toList()));
  }

  /** The named queue policy; unknown names list the known ones. */
  public static QueuePolicy queue(String name, PolicyOptions options) {
    for (QueuePolicyProvider provider : queueProviders()) {
      if (provider.name().equals(name)) {
        return provider.create(options);
      }
    }
    throw new IllegalArgumentException("unknown queue policy '" + name + "'; known: "
        + String.join(", ", queueProviders().stream().map(QueuePolicyProvider::name).toList()));
  }
}
