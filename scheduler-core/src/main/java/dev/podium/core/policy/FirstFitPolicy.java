package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;

/** The lowest free accelerator ids, rank {@code r} on the {@code r}-th: no topology awareness. */
public final class FirstFitPolicy implements PlacementPolicy {

  public static final String NAME = "first-fit";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PlacementDecision place(JobSpec job, ClusterView cluster) {
    PlacementDecision early = Decisions.precheck(job, cluster);
    if (early != null) {
      return early;
    }
    return new PlacementDecision.Placed(lowestFree(cluster, job.size()));
  }

  /** The {@code need} lowest free ids; the view must have that many free. */
  static int[] lowestFree(ClusterView cluster, int need) {
    int[] chosen = new int[need];
    int n = cluster.topology().acceleratorCount();
    int a = -1;
    for (int i = 0; i < need; i++) {
      a = cluster.nextFree(a + 1, n);
      chosen[i] = a;
    }
    return chosen;
  }

  /** Finds {@link FirstFitPolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Lowest free accelerator ids in rank order; the baseline with no topology awareness.";
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      return new FirstFitPolicy();
    }
  }
}
