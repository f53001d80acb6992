package dev.podium.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.contract.ContractChecks;
import dev.podium.core.contract.ContractProperties;
import java.util.List;
import net.jqwik.api.Example;

/**
 * The contract kit against every placement policy on the class path, with default options: each
 * try of each property checks all of them, so a new built-in is covered as soon as it is listed in
 * {@code META-INF/services}.
 */
class EveryPolicyContractTest extends ContractProperties {

  @Override
  protected List<ContractChecks> subjects() {
    return Policies.placementProviders().stream()
        .map(provider -> new ContractChecks(provider, PolicyOptions.defaults()))
        .toList();
  }

  @Example
  void theCatalogHoldsTheBuiltIns() {
    assertThat(Policies.placementProviders()).extracting(PlacementPolicyProvider::name)
        .contains(RandomPolicy.NAME, FirstFitPolicy.NAME, TopologyAwarePolicy.NAME)
        .doesNotHaveDuplicates();
  }
}
