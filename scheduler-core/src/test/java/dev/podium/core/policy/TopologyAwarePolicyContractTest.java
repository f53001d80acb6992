package dev.podium.core.policy;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.core.contract.PlacementPolicyContract;

/** The contract kit against {@link TopologyAwarePolicy}. */
class TopologyAwarePolicyContractTest extends PlacementPolicyContract {

  @Override
  protected PlacementPolicyProvider provider() {
    return new TopologyAwarePolicy.Provider();
  }
}
