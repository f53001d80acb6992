package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import java.util.SplittableRandom;

/** Uniformly random free accelerators in random rank order, seeded by the options' seed and job id. */
public final class RandomPolicy implements PlacementPolicy {

  public static final String NAME = "random";
  private final long seed;

  RandomPolicy(long seed) {
    this.seed = seed;
  }

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
    int free = cluster.freeCount();
    int[] pool = FirstFitPolicy.lowestFree(cluster, free);
    SplittableRandom random = new SplittableRandom(seed ^ job.id().hashCode() * 0x9E3779B97F4A7C15L);
    int need = job.size();
    for (int i = 0; i < need; i++) {
      int j = i + random.nextInt(free - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    return new PlacementDecision.Placed(java.util.Arrays.copyOf(pool, need));
  }

  /** Finds {@link RandomPolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Uniformly random free accelerators and rank order (seeded): the worst-case baseline.";
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      return new RandomPolicy(options.seed());
    }
  }
}
