package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import java.util.Arrays;
import java.util.Set;

/**
 * Emulates Volcano's network-topology-aware allocation in hard mode (v1.11/v1.12):
 * {@code allocateResourceForTasksWithTopology}, {@code allocateResourcesForTasks},
 * {@code prioritizeNodes}, {@code sumNodeScoresInHyperNode} and {@code selectBestHyperNode} in
 * {@code pkg/scheduler/actions/allocate/allocate.go}, with the binpack plugin's node score.
 *
 * <p><b>HyperNodes.</b> Tier 1 is the level above hosts (racks, scalable units, cubes), each level
 * above one tier more, up to the whole fabric. Pods request {@code podSize} accelerators (default one
 * host's worth, a smaller gang one pod of its size); the gang is all of them ({@code minAvailable}).
 *
 * <p><b>Search.</b> Tiers are tried from 1 up to option {@code highestTierAllowed} (default: the top
 * tier, so any gang that fits somewhere can run; Volcano's API defaults it to 1). In a tier every
 * hypernode is dry-run: pod after pod goes to the host with the highest binpack score
 * {@code 100 * (used + request) / capacity} among the hosts with room (most allocated first; ties to
 * the lowest host id instead of Volcano's random pick), and the hypernode scores the sum of those
 * winning node scores, a pod placed when only one host has room scoring 0 as in
 * {@code prioritizeNodes}. The first tier where any hypernode takes the whole gang wins; among its
 * hypernodes the highest score wins, ties to the lowest id (Volcano picks randomly). Ranks follow the
 * dry run's pod order. When no hypernode up to the allowed tier fits, the job stays pending.
 *
 * <p><b>Left out.</b> Soft mode, queue and job ordering, other plugins' node and hypernode scores
 * (the network-topology-aware hypernode score is 0 for a job with nothing allocated), later versions'
 * hypernode bin-pack score and sub-groups, pipelining onto releasing resources, CPU and memory
 * (only accelerators are counted), and randomness.
 */
public final class VolcanoHypernodePolicy implements PlacementPolicy {

  public static final String NAME = "volcano-hypernode";
  private final int highestTierAllowed;
  private final int podSize;

  VolcanoHypernodePolicy(int highestTierAllowed, int podSize) {
    this.highestTierAllowed = highestTierAllowed;
    this.podSize = podSize;
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
    TopologyView topology = cluster.topology();
    int top = topology.levelCount() - 1;
    int firstTier = Math.min(2, top);
    PodShape shape = PodShape.of(job.size(), podSize > 0 ? podSize : Locality.largestHost(topology));
    int[] room = Locality.podsPerHost(cluster, shape.size(), false);
    int lastLevel = highestTierAllowed > 0 ? Math.min(top, firstTier + highestTierAllowed - 1) : top;
    for (int level = firstTier; level <= lastLevel; level++) {
      int[] pods = Locality.sum(topology, room, level);
      int best = -1;
      double bestScore = 0;
      for (int d = 0; d < pods.length; d++) {
        if (pods[d] >= shape.count()) {
          double score = dryRun(cluster, shape, room, level, d, null);
          if (best < 0 || score > bestScore) {
            best = d;
            bestScore = score;
          }
        }
      }
      if (best >= 0) {
        int[] hostOfPod = new int[shape.count()];
        dryRun(cluster, shape, room, level, best, hostOfPod);
        return new PlacementDecision.Placed(shape.layout(cluster, hostOfPod));
      }
    }
    return Decisions.noFit(NAME + ": no hypernode up to tier " + (lastLevel - firstTier + 1) + " ("
        + topology.levels().get(lastLevel).name() + ") fits " + shape.count() + " pod(s) of " + shape.size()
        + "; the job stays pending");
  }

  /**
   * Places the gang's pods in hypernode {@code domain} of {@code level} host by host, most allocated
   * first, and returns the summed node scores; fills {@code hostOfPod} when it is not null.
   */
  private static double dryRun(ClusterView view, PodShape shape, int[] room, int level, int domain, int[] hostOfPod) {
    TopologyView topology = view.topology();
    int first = Locality.firstHost(topology, level, domain);
    int end = Locality.endHost(topology, level, domain);
    long[] keys = new long[end - first];
    int n = 0;
    for (int host = first; host < end; host++) {
      if (room[host] > 0) {
        int capacity = topology.memberCount(Locality.HOST, host);
        long used = capacity - view.freeCount(Locality.HOST, host);
        long share = ((used + shape.size()) << 30) / capacity;
        keys[n++] = ((1L << 31) - share) << 31 | host;
      }
    }
    Arrays.sort(keys, 0, n);
    double score = 0;
    int pod = 0;
    for (int i = 0; i < n && pod < shape.count(); i++) {
      int host = (int) (keys[i] & Integer.MAX_VALUE);
      int capacity = topology.memberCount(Locality.HOST, host);
      int used = capacity - view.freeCount(Locality.HOST, host);
      for (int p = Math.min(room[host], shape.count() - pod); p > 0; p--) {
        if (i < n - 1) {
          score += 100.0 * (used + shape.size()) / capacity;
        }
        used += shape.size();
        if (hostOfPod != null) {
          hostOfPod[pod] = host;
        }
        pod++;
      }
    }
    return score;
  }

  /** Finds {@link VolcanoHypernodePolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Volcano hypernode scheduling, hard mode: lowest tier whose hypernode fits the gang, bin-pack score"
          + " (allocate.go allocateResourceForTasksWithTopology).";
    }

    @Override
    public Set<String> options() {
      return Set.of("highest-tier-allowed", "pod-size");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      int tier = options.getInt(NAME, "highest-tier-allowed", 0, 1);
      int podSize = options.getInt(NAME, "pod-size", 0, 1);
      return new VolcanoHypernodePolicy(tier, podSize);
    }
  }
}
