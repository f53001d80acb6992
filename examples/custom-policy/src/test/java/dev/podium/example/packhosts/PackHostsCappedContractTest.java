package dev.podium.example.packhosts;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.contract.PlacementPolicyContract;
import java.util.Map;

/** The contract kit against pack-hosts capped at two hosts, which may refuse a wide gang even on an empty fabric. */
class PackHostsCappedContractTest extends PlacementPolicyContract {

  @Override
  protected PlacementPolicyProvider provider() {
    return new PackHostsProvider();
  }

  @Override
  protected PolicyOptions options() {
    return new PolicyOptions(Map.of(PackHostsProvider.MAX_HOSTS, "2"), 0);
  }

  @Override
  protected boolean placesEveryFittingGangOnAnEmptyFabric() {
    return false;
  }
}
