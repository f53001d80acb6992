package dev.podium.core.contract;

import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import java.util.List;

/**
 * The placement-policy contract kit: extend this class in your policy's tests, return your provider
 * from {@link #provider()}, and every property of {@link ContractProperties} runs against the
 * policies it makes, on random job shapes placed on small real fabrics at random seeded occupancies
 * and failures. Override {@link #options()} to test a configuration other than the defaults.
 *
 * <pre>{@code
 * class PackHostsContractTest extends PlacementPolicyContract {
 *   @Override protected PlacementPolicyProvider provider() { return new PackHostsProvider(); }
 * }
 * }</pre>
 */
public abstract class PlacementPolicyContract extends ContractProperties {

  /** The provider under test; a new instance or a shared one, it must be thread-safe. */
  protected abstract PlacementPolicyProvider provider();

  /** The options the policies are made with (the seed is varied where determinism is checked). */
  protected PolicyOptions options() {
    return PolicyOptions.defaults();
  }

  @Override
  protected final List<ContractChecks> subjects() {
    return List.of(new ContractChecks(provider(), options()));
  }
}
