package dev.podium.core.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.state.ClusterState;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The kit catches each way a policy can break the contract, and passes a sound one. */
class ContractChecksTest {

  private static final JobSpec JOB = JobSpec.builder("j", new Parallelism(8, 1, 1, 4, 1)).build();
  private static final Scenario BUSY = new Scenario(ContractFabrics.CLOS_2POD, 0.5, 1, 0, 0, 2, JOB);
  private static final Scenario FAILING = new Scenario(ContractFabrics.CLOS_2POD, 0, 1, 200, 0, 2, JOB);
  private static final Scenario EMPTY = new Scenario(ContractFabrics.CLOS_2POD, 0, 1, 0, 0, 2, JOB);

  @Test
  void aSoundPolicyPassesEveryCheck() {
    ContractChecks checks = checks(Flaw.NONE);
    assertThatCode(() -> {
      checks.decisionIsValid(BUSY);
      checks.viewIsNotMutated(BUSY);
      checks.sameSeedSameDecision(BUSY, 7);
      checks.unschedulableWhenTooFewFree(BUSY, 3, true);
      checks.neverPlacesOnFailed(FAILING);
      checks.placesOnAnEmptyFabric(EMPTY);
      checks.nameIsStable();
      checks.rejectsUnknownOption();
      checks.malformedOptionValuesAreRejectedCleanly();
    }).doesNotThrowAnyException();
  }

  @Test
  void placingOnBusyAcceleratorsIsCaught() {
    assertThatThrownBy(() -> checks(Flaw.IGNORES_FREE).decisionIsValid(BUSY))
        .isInstanceOf(AssertionError.class).hasMessageContaining("invalid placement").hasMessageContaining("held by");
  }

  @Test
  void mutatingTheViewIsCaught() {
    assertThatThrownBy(() -> checks(Flaw.MUTATES_VIEW).viewIsNotMutated(BUSY))
        .isInstanceOf(AssertionError.class).hasMessageContaining("changed the view").hasMessageContaining("sneaky");
  }

  @Test
  void decisionsThatIgnoreTheSeedAreCaught() {
    assertThatThrownBy(() -> checks(Flaw.UNSEEDED).sameSeedSameDecision(BUSY, 7))
        .isInstanceOf(AssertionError.class).hasMessageContaining("seed 7");
  }

  @Test
  void placingOnFailedAcceleratorsIsCaught() {
    assertThatThrownBy(() -> checks(Flaw.IGNORES_HEALTH).neverPlacesOnFailed(FAILING))
        .isInstanceOf(AssertionError.class).hasMessageContaining("unhealthy accelerator");
  }

  @Test
  void refusingWithoutReasonsIsCaught() {
    assertThatThrownBy(() -> checks(Flaw.SILENT_REFUSAL).unschedulableWhenTooFewFree(BUSY, 1, false))
        .isInstanceOf(AssertionError.class).hasMessageContaining("non-blank reasons");
  }

  @Test
  void throwingIsCaughtWithTheScenario() {
    assertThatThrownBy(() -> checks(Flaw.THROWS).unschedulableWhenTooFewFree(BUSY, 1, false))
        .isInstanceOf(AssertionError.class).hasMessageContaining("threw").hasMessageContaining("clos-2pod-1to7")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusingAnEmptyFabricIsCaught() {
    assertThatThrownBy(() -> checks(Flaw.ALWAYS_REFUSES).placesOnAnEmptyFabric(EMPTY))
        .isInstanceOf(AssertionError.class).hasMessageContaining("the fabric is empty");
  }

  @Test
  void badNamesAreCaught() {
    assertThatThrownBy(() -> new ContractChecks(new FlawedProvider("Pack_Hosts", Flaw.NONE, true),
        PolicyOptions.defaults()).nameIsStable()).isInstanceOf(AssertionError.class).hasMessageContaining("Pack_Hosts");
  }

  @Test
  void acceptingUnknownOptionsIsCaught() {
    assertThatThrownBy(() -> new ContractChecks(new FlawedProvider("lax", Flaw.NONE, false),
        PolicyOptions.defaults()).rejectsUnknownOption()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("accepted unknown option");
  }

  @Test
  void malformedValuesThatEscapeAsOtherExceptionsAreCaught() {
    assertThatThrownBy(() -> leaky().malformedOptionValuesAreRejectedCleanly())
        .isInstanceOf(AssertionError.class).hasMessageContaining("width=").hasMessageContaining("NullPointerException");
  }

  @Test
  void providersMissingFromServiceLoaderAreCaught() {
    assertThatThrownBy(() -> checks(Flaw.NONE).discoverable())
        .isInstanceOf(AssertionError.class).hasMessageContaining("not found by ServiceLoader");
  }

  private static ContractChecks checks(Flaw flaw) {
    String name = "flawed-" + flaw.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new ContractChecks(new FlawedProvider(name, flaw, true), PolicyOptions.defaults());
  }

  /** A provider whose option parsing leaks a NullPointerException for a malformed width. */
  private static ContractChecks leaky() {
    return new ContractChecks(new FlawedProvider("leaky", Flaw.NONE, true) {
      @Override
      public PlacementPolicy create(PolicyOptions options) {
        if (!options.get("width", "1").matches("[0-9]+")) {
          throw new NullPointerException();
        }
        return super.create(options);
      }
    }, PolicyOptions.defaults());
  }

  private enum Flaw { NONE, IGNORES_FREE, MUTATES_VIEW, UNSEEDED, IGNORES_HEALTH, SILENT_REFUSAL, THROWS, ALWAYS_REFUSES }

  /** Makes {@link FlawedPolicy}; strict providers reject unknown options and parse {@code width}. */
  private static class FlawedProvider implements PlacementPolicyProvider {
    private final String name;
    private final Flaw flaw;
    private final boolean strict;

    FlawedProvider(String name, Flaw flaw, boolean strict) {
      this.name = name;
      this.flaw = flaw;
      this.strict = strict;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "A policy with one deliberate flaw, to test the kit.";
    }

    @Override
    public Set<String> options() {
      return Set.of("width");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      if (strict) {
        options.requireKnown(name, options());
        options.getInt("width", 1);
      }
      return new FlawedPolicy(name, flaw);
    }
  }

  /** Lowest free ids, except for its flaw. */
  private record FlawedPolicy(String name, Flaw flaw) implements PlacementPolicy {
    private static final AtomicLong CALLS = new AtomicLong();

    @Override
    public PlacementDecision place(JobSpec job, ClusterView view) {
      int n = view.topology().acceleratorCount();
      int need = job.size();
      if (flaw == Flaw.ALWAYS_REFUSES) {
        return new PlacementDecision.Unschedulable(List.of("never"), false, false);
      }
      if (view.freeCount() < need && flaw != Flaw.IGNORES_FREE) {
        if (flaw == Flaw.THROWS) {
          throw new IllegalStateException("ran out of accelerators");
        }
        return new PlacementDecision.Unschedulable(
            flaw == Flaw.SILENT_REFUSAL ? List.of() : List.of(view.freeCount() + " free"), true, true);
      }
      int[] chosen = new int[need];
      int found = 0;
      SplittableRandom random = new SplittableRandom(CALLS.incrementAndGet());
      for (int a = 0; a < n && found < need; a++) {
        boolean usable = switch (flaw) {
          case IGNORES_FREE -> true;
          case IGNORES_HEALTH -> view.jobAt(a) == null;
          case UNSEEDED -> view.isFree(a) && random.nextInt(4) == 0;
          default -> view.isFree(a);
        };
        if (usable) {
          chosen[found++] = a;
        }
      }
      if (flaw == Flaw.UNSEEDED && found < need) {
        return new PlacementDecision.Unschedulable(List.of("unlucky draw"), true, true);
      }
      if (flaw == Flaw.MUTATES_VIEW) {
        ((ClusterState) view).allocate("sneaky", chosen.clone());
      }
      return new PlacementDecision.Placed(chosen);
    }
  }
}
