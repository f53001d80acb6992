package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import java.util.BitSet;
import java.util.Objects;

/**
 * Wraps any policy: an exception, a null decision, or a placement with the wrong count, a busy,
 * unhealthy, out-of-range or repeated accelerator becomes {@link PlacementDecision.Failed} naming
 * the policy, so the scheduler keeps going.
 */
public final class PolicyGuard implements PlacementPolicy {

  private final PlacementPolicy policy;

  public PolicyGuard(PlacementPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public String name() {
    return policy.name();
  }

  @Override
  public PlacementDecision place(JobSpec job, ClusterView cluster) {
    PlacementDecision decision;
    try {
      decision = policy.place(job, cluster);
    } catch (RuntimeException | StackOverflowError e) {
      return new PlacementDecision.Failed("threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), name());
    }
    if (decision == null) {
      return new PlacementDecision.Failed("returned no decision", name());
    }
    if (decision instanceof PlacementDecision.Placed placed) {
      String problem = check(job, placed, cluster);
      if (problem != null) {
        return new PlacementDecision.Failed(problem, name());
      }
    }
    return decision;
  }

  /** What is wrong with {@code placed} for {@code job} on {@code cluster}, or null. */
  public static String check(JobSpec job, PlacementDecision.Placed placed, ClusterView cluster) {
    if (placed.size() != job.size()) {
      return "placed " + placed.size() + " ranks of job " + job.id() + ", which has " + job.size();
    }
    int n = cluster.topology().acceleratorCount();
    BitSet seen = new BitSet(n);
    for (int rank = 0; rank < placed.size(); rank++) {
      int a = placed.accelerator(rank);
      if (a < 0 || a >= n) {
        return "rank " + rank + " on accelerator " + a + ", outside 0.." + (n - 1);
      }
      if (seen.get(a)) {
        return "accelerator " + a + " given to two ranks";
      }
      seen.set(a);
      if (!cluster.isHealthy(a)) {
        return "rank " + rank + " on unhealthy accelerator " + a;
      }
      if (!cluster.isFree(a)) {
        return "rank " + rank + " on accelerator " + a + ", held by " + cluster.jobAt(a);
      }
    }
    return null;
  }
}
