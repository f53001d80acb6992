package dev.podium.example.packhosts;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.core.contract.PlacementPolicyContract;

/** The Podium contract kit against pack-hosts with default options. */
class PackHostsContractTest extends PlacementPolicyContract {

  @Override
  protected PlacementPolicyProvider provider() {
    return new PackHostsProvider();
  }
}
