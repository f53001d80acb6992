package dev.podium.api.placement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What a policy decided for one job: placed, unschedulable now, or failed. */
public sealed interface PlacementDecision
    permits PlacementDecision.Placed, PlacementDecision.Unschedulable, PlacementDecision.Failed {

  /** The job's ranks on accelerators: {@code accelerator(rank)}; one distinct accelerator per rank. */
  record Placed(int[] accelerators) implements PlacementDecision {

    /** Copies the array so the decision is immutable. */
    public Placed {
      accelerators = accelerators.clone();
    }

    /** The accelerator of {@code rank}. */
    public int accelerator(int rank) {
      return accelerators[rank];
    }

    /** Number of ranks placed. */
    public int size() {
      return accelerators.length;
    }

    /** A copy of the rank-to-accelerator array. */
    @Override
    public int[] accelerators() {
      return accelerators.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Placed other && Arrays.equals(accelerators, other.accelerators);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(accelerators);
    }

    @Override
    public String toString() {
      return "Placed[" + accelerators.length + " ranks]";
    }
  }

  /**
   * The job cannot be placed on this view.
   *
   * @param reasons why, for people
   * @param waitCouldHelp true when accelerators being released later could make it fit
   * @param preemptionCouldHelp true when releasing other jobs' accelerators now could make it fit
   */
  record Unschedulable(List<String> reasons, boolean waitCouldHelp, boolean preemptionCouldHelp)
      implements PlacementDecision {

    public Unschedulable {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The policy broke: it threw, or returned an invalid placement.
   *
   * @param error what went wrong
   * @param policyName the policy's name
   */
  record Failed(String error, String policyName) implements PlacementDecision {

    public Failed {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(policyName, "policyName");
    }
  }
}
