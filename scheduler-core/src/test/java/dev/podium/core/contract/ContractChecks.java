package dev.podium.core.contract;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.core.policy.PolicyGuard;
import dev.podium.core.state.ClusterState;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The contract checks for one provider and its options, each throwing an {@link AssertionError}
 * that names the policy and the scenario. {@link PlacementPolicyContract} runs them as jqwik
 * properties; call them directly to run them from another harness.
 */
public final class ContractChecks {

  /** Lower case words of letters and digits joined by single dashes. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final String UNKNOWN_OPTION = "podium-contract-no-such-option";
  private static final String MALFORMED_VALUE = "%not a value%";

  private final PlacementPolicyProvider provider;
  private final PolicyOptions options;

  /** Checks for the policies {@code provider} makes from {@code options}. */
  public ContractChecks(PlacementPolicyProvider provider, PolicyOptions options) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The provider's name, for messages. */
  public String policyName() {
    return provider.name();
  }

  /**
   * The decision is never null or {@code Failed}, never throws; a {@code Placed} names exactly the
   * gang size of distinct, free, healthy accelerators; an {@code Unschedulable} gives reasons.
   */
  public PlacementDecision decisionIsValid(Scenario scenario) {
    ClusterState state = scenario.state();
    return requireValid(place(create(options), scenario, state), scenario, state);
  }

  /** Placing leaves the view exactly as it was: flags, holders, allocations and the free index. */
  public void viewIsNotMutated(Scenario scenario) {
    ClusterState state = scenario.state();
    ViewSnapshot before = ViewSnapshot.of(state);
    PlacementDecision decision = place(create(options), scenario, state);
    String changes = ViewSnapshot.of(state).changesSince(before);
    if (!changes.isEmpty()) {
      throw failure(scenario, "changed the view it was given: " + changes);
    }
    requireValid(decision, scenario, state);
  }

  /**
   * Two policies from the same options and seed, and one policy asked twice, decide the same on
   * equal, independently built views.
   */
  public void sameSeedSameDecision(Scenario scenario, long seed) {
    PolicyOptions seeded = options.withSeed(seed);
    PlacementPolicy first = create(seeded);
    PlacementPolicy second = create(seeded);
    PlacementDecision once = place(first, scenario, scenario.state());
    PlacementDecision again = place(first, scenario, scenario.state());
    PlacementDecision other = place(second, scenario, scenario.state());
    if (!once.equals(again)) {
      throw failure(scenario, "seed " + seed + ": the same policy decided " + describe(once) + " then "
          + describe(again));
    }
    if (!once.equals(other)) {
      throw failure(scenario, "seed " + seed + ": two policies with the same options decided " + describe(once)
          + " and " + describe(other));
    }
  }

  /**
   * A gang of {@code extra} more ranks than the view has free (shaped {@code tp=8} when {@code
   * tensorParallel}) is {@code Unschedulable} with non-blank reasons, and the view is untouched.
   */
  public void unschedulableWhenTooFewFree(Scenario scenario, int extra, boolean tensorParallel) {
    ClusterState probe = scenario.state();
    int need = probe.freeCount() + extra;
    int tp = tensorParallel ? 8 : 1;
    JobSpec job = JobSpec.builder("too-big", new Parallelism(tp, 1, 1, (need + tp - 1) / tp, 1)).build();
    Scenario tooBig = scenario.withJob(job);
    ClusterState state = tooBig.state();
    ViewSnapshot before = ViewSnapshot.of(state);
    PlacementDecision decision = place(create(options), tooBig, state);
    if (!(decision instanceof PlacementDecision.Unschedulable)) {
      throw failure(tooBig, state.freeCount() + " accelerators are free, the gang needs " + job.size()
          + ", yet it decided " + describe(decision));
    }
    requireValid(decision, tooBig, state);
    String changes = ViewSnapshot.of(state).changesSince(before);
    if (!changes.isEmpty()) {
      throw failure(tooBig, "changed the view it was given: " + changes);
    }
  }

  /**
   * On a fabric with failed accelerators (free or held) the decision is valid and no rank lands on
   * a failed accelerator.
   */
  public void neverPlacesOnFailed(Scenario scenario) {
    ClusterState state = scenario.state();
    PlacementDecision decision = requireValid(place(create(options), scenario, state), scenario, state);
    if (decision instanceof PlacementDecision.Placed placed) {
      for (int rank = 0; rank < placed.size(); rank++) {
        if (!state.isHealthy(placed.accelerator(rank))) {
          throw failure(scenario, "rank " + rank + " on failed accelerator " + placed.accelerator(rank));
        }
      }
    }
  }

  /** On an empty, healthy fabric with room for the gang, the policy places it. */
  public void placesOnAnEmptyFabric(Scenario scenario) {
    ClusterState state = scenario.state();
    if (state.freeCount() < scenario.job().size()) {
      throw new IllegalArgumentException("scenario " + scenario + " has only " + state.freeCount() + " free");
    }
    PlacementDecision decision = requireValid(place(create(options), scenario, state), scenario, state);
    if (!(decision instanceof PlacementDecision.Placed)) {
      throw failure(scenario, "the fabric is empty, yet it decided " + describe(decision));
    }
  }

  /**
   * The name is lower-case-with-dashes and the same on every call and on the policies it makes;
   * the description is not blank; option keys follow the same form.
   */
  public void nameIsStable() {
    String name = provider.name();
    if (name == null || !NAME.matcher(name).matches()) {
      throw new AssertionError("provider " + provider.getClass().getName() + ": name '" + name
          + "' is not lower-case words joined by dashes");
    }
    if (!name.equals(provider.name())) {
      throw new AssertionError("provider " + name + ": name() changed between calls to '" + provider.name() + "'");
    }
    String made = create(options).name();
    if (!name.equals(made)) {
      throw new AssertionError("provider " + name + ": its policy calls itself '" + made + "'");
    }
    if (provider.description() == null || provider.description().isBlank()) {
      throw new AssertionError("provider " + name + ": description is blank");
    }
    for (String key : provider.options()) {
      if (!NAME.matcher(key).matches()) {
        throw new AssertionError("provider " + name + ": option '" + key + "' is not lower-case words joined by dashes");
      }
    }
  }

  /** {@code create} rejects an unknown option with an IllegalArgumentException naming it. */
  public void rejectsUnknownOption() {
    Map<String, String> values = new HashMap<>(options.values());
    values.put(UNKNOWN_OPTION, "1");
    try {
      PlacementPolicy made = provider.create(new PolicyOptions(values, options.seed()));
      throw new AssertionError("provider " + policyName() + ": accepted unknown option " + UNKNOWN_OPTION
          + " and made " + made.name());
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || !e.getMessage().contains(UNKNOWN_OPTION)) {
        throw new AssertionError("provider " + policyName() + ": the error for unknown option " + UNKNOWN_OPTION
            + " does not name it: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Each declared option given a malformed value is accepted or rejected with an
   * IllegalArgumentException naming the option, never another exception.
   */
  public void malformedOptionValuesAreRejectedCleanly() {
    for (String key : provider.options()) {
      Map<String, String> values = new HashMap<>(options.values());
      values.put(key, MALFORMED_VALUE);
      try {
        provider.create(new PolicyOptions(values, options.seed()));
      } catch (IllegalArgumentException e) {
        if (e.getMessage() == null || !e.getMessage().contains(key)) {
          throw new AssertionError("provider " + policyName() + ": the error for " + key + "=" + MALFORMED_VALUE
              + " does not name the option: " + e.getMessage(), e);
        }
      } catch (RuntimeException e) {
        throw new AssertionError("provider " + policyName() + ": " + key + "=" + MALFORMED_VALUE + " threw "
            + e.getClass().getName() + " instead of IllegalArgumentException", e);
      }
    }
  }

  /**
   * {@link java.util.ServiceLoader} finds exactly one provider with this name on the class path, of
   * this class, and the class has a public no-argument constructor.
   */
  public void discoverable() {
    List<PlacementPolicyProvider> named =
        Policies.placementProviders().stream().filter(p -> p.name().equals(policyName())).toList();
    if (named.isEmpty()) {
      throw new AssertionError("provider " + policyName() + ": not found by ServiceLoader; list "
          + provider.getClass().getName() + " in META-INF/services/" + PlacementPolicyProvider.class.getName());
    }
    if (named.size() > 1) {
      throw new AssertionError("provider " + policyName() + ": " + named.size() + " providers on the class path use"
          + " this name: " + named.stream().map(p -> p.getClass().getName()).toList());
    }
    if (named.get(0).getClass() != provider.getClass()) {
      throw new AssertionError("provider " + policyName() + ": ServiceLoader finds " + named.get(0).getClass().getName()
          + " under this name, not " + provider.getClass().getName());
    }
    try {
      if (!Modifier.isPublic(provider.getClass().getConstructor().getModifiers())) {
        throw new AssertionError("provider " + policyName() + ": the no-argument constructor is not public");
      }
    } catch (NoSuchMethodException e) {
      throw new AssertionError("provider " + policyName() + ": needs a public no-argument constructor", e);
    }
  }

  private PlacementPolicy create(PolicyOptions with) {
    PlacementPolicy policy;
    try {
      policy = provider.create(with);
    } catch (RuntimeException e) {
      throw new AssertionError("provider " + policyName() + ": create(" + with + ") threw " + e, e);
    }
    if (policy == null) {
      throw new AssertionError("provider " + policyName() + ": create(" + with + ") returned null");
    }
    return policy;
  }

  private PlacementDecision place(PlacementPolicy policy, Scenario scenario, ClusterView view) {
    try {
      return policy.place(scenario.job(), view);
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(scenario, "threw " + e, e);
    }
  }

  private PlacementDecision requireValid(PlacementDecision decision, Scenario scenario, ClusterView view) {
    if (decision == null) {
      throw failure(scenario, "returned no decision");
    }
    if (decision instanceof PlacementDecision.Failed failed) {
      throw failure(scenario, "returned Failed: " + failed.error());
    }
    if (decision instanceof PlacementDecision.Placed placed) {
      String problem = PolicyGuard.check(scenario.job(), placed, view);
      if (problem != null) {
        throw failure(scenario, "invalid placement: " + problem);
      }
    }
    if (decision instanceof PlacementDecision.Unschedulable unschedulable) {
      if (unschedulable.reasons().isEmpty() || unschedulable.reasons().stream().anyMatch(r -> r == null || r.isBlank())) {
        throw failure(scenario, "Unschedulable needs non-blank reasons, gave " + unschedulable.reasons());
      }
    }
    return decision;
  }

  private static String describe(PlacementDecision decision) {
    if (decision instanceof PlacementDecision.Placed placed) {
      int[] accelerators = placed.accelerators();
      return "Placed" + (accelerators.length <= 32 ? Arrays.toString(accelerators)
          : Arrays.toString(Arrays.copyOf(accelerators, 32)).replace("]", ", ...] (" + accelerators.length + " ranks)"));
    }
    return String.valueOf(decision);
  }

  private AssertionError failure(Scenario scenario, String what) {
    return new AssertionError("policy " + policyName() + " on " + scenario + ": " + what);
  }

  private AssertionError failure(Scenario scenario, String what, Throwable cause) {
    return new AssertionError("policy " + policyName() + " on " + scenario + ": " + what, cause);
  }
}
