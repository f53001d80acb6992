package dev.podium.core.contract;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract's jqwik properties and examples, run against every subject {@link #subjects()}
 * names. Policy authors extend {@link PlacementPolicyContract}, which names one.
 */
public abstract class ContractProperties {

  /** The provider-and-options pairs each property checks. */
  protected abstract List<ContractChecks> subjects();

  /**
   * Whether every subject must place any gang that fits an empty fabric; the contract allows
   * {@code Unschedulable} for any named reason, so a policy with stricter rules may say no.
   */
  protected boolean placesEveryFittingGangOnAnEmptyFabric() {
    return true;
  }

  /** Placed gangs are the right size of distinct, free, healthy accelerators; refusals give reasons. */
  @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
  public void everyDecisionIsValid(@ForAll("busyScenarios") Scenario scenario) {
    subjects().forEach(checks -> checks.decisionIsValid(scenario));
  }

  /** The policy reads the view and changes nothing in it. */
  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  public void theViewIsNeverMutated(@ForAll("busyScenarios") Scenario scenario) {
    subjects().forEach(checks -> checks.viewIsNotMutated(scenario));
  }

  /** Same options and seed, same view: same decision. */
  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  public void sameOptionsAndSeedGiveTheSameDecision(@ForAll("busyScenarios") Scenario scenario, @ForAll long seed) {
    subjects().forEach(checks -> checks.sameSeedSameDecision(scenario, seed));
  }

  /** Fewer free accelerators than the gang needs: {@code Unschedulable}, with reasons. */
  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  public void unschedulableWhenFewerAreFreeThanTheGangNeeds(@ForAll("busyScenarios") Scenario scenario,
      @ForAll @IntRange(min = 1, max = 64) int extra, @ForAll boolean tensorParallel) {
    subjects().forEach(checks -> checks.unschedulableWhenTooFewFree(scenario, extra, tensorParallel));
  }

  /** Failed accelerators, free or held, never receive a rank. */
  @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
  public void neverPlacesOnFailedAccelerators(@ForAll("failingScenarios") Scenario scenario) {
    subjects().forEach(checks -> checks.neverPlacesOnFailed(scenario));
  }

  /** An empty, healthy fabric with room for the gang gets it placed. */
  @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
  public void placesAFittingGangOnAnEmptyFabric(@ForAll("emptyScenarios") Scenario scenario) {
    if (placesEveryFittingGangOnAnEmptyFabric()) {
      subjects().forEach(checks -> checks.placesOnAnEmptyFabric(scenario));
    }
  }

  /** The name is stable and lower-case-with-dashes; the description is not blank. */
  @Example
  public void nameIsStableLowerCaseWithDashes() {
    subjects().forEach(ContractChecks::nameIsStable);
  }

  /** An unknown option is an IllegalArgumentException naming it. */
  @Example
  public void createRejectsAnUnknownOption() {
    subjects().forEach(ContractChecks::rejectsUnknownOption);
  }

  /** A malformed option value is accepted or an IllegalArgumentException naming the option. */
  @Example
  public void malformedOptionValuesAreRejectedCleanly() {
    subjects().forEach(ContractChecks::malformedOptionValuesAreRejectedCleanly);
  }

  /** ServiceLoader finds the provider, once, under its name. */
  @Example
  public void discoverableByServiceLoader() {
    subjects().forEach(ContractChecks::discoverable);
  }

  /** Busy fabrics, usually without failures. */
  @Provide
  public Arbitrary<Scenario> busyScenarios() {
    return Scenarios.busy();
  }

  /** Fabrics with failed accelerators and hosts. */
  @Provide
  public Arbitrary<Scenario> failingScenarios() {
    return Scenarios.failing();
  }

  /** Empty, healthy fabrics. */
  @Provide
  public Arbitrary<Scenario> emptyScenarios() {
    return Scenarios.empty();
  }
}
