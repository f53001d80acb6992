package dev.podium.example.packhosts;

import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import java.util.Set;

/** Makes {@link PackHostsPolicy}; listed in {@code META-INF/services} so Podium finds it. */
public final class PackHostsProvider implements PlacementPolicyProvider {

  /** The policy's stable name. */
  public static final String NAME = "pack-hosts";

  /** The option capping how many hosts a gang may span. */
  public static final String MAX_HOSTS = "max-hosts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Fewest hosts: the hosts with the most free accelerators whole, the last best-fit; ranks in"
        + " locality order (example out-of-tree policy).";
  }

  @Override
  public Set<String> options() {
    return Set.of(MAX_HOSTS);
  }

  @Override
  public PlacementPolicy create(PolicyOptions options) {
    options.requireKnown(NAME, options());
    return new PackHostsPolicy(options.getInt(MAX_HOSTS, Integer.MAX_VALUE));
  }
}
