package dev.podium.core.policy;

import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.RankGroups;
import dev.podium.api.comm.Traffic;
import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import dev.podium.core.cost.CostModel;
import dev.podium.core.cost.Nestings;
import dev.podium.core.cost.PlacementCost;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Podium's policy. (1) Candidate accelerator sets: the best-fitting domains at the lowest level
 * where the whole gang fits, each filled with as few child domains as possible at every level, once
 * counting every free accelerator and once counting only whole TP groups per host; and the lowest
 * free ids (so it never does worse than first-fit). (2) For each set, every nesting of
 * the parallel dimensions (innermost first) is tried: placing the nesting's slots on the
 * locality-ordered set keeps inner dimensions inside small domains and decides which dimension is cut
 * where the gang must span an oversubscribed tier — a min-cut restricted to dimension-aligned splits.
 * (3) A bounded local search swaps pairs of ranks while that lowers the cost. Cost is compared
 * lexicographically from the top tier down (fewest bytes across the most expensive tier first).
 *
 * <p><b>Dataset locality.</b> When the job names a dataset and the view has locality information,
 * each candidate set's bytes are scaled by {@code (1 - w * locality)} before the comparison, {@code w}
 * = option {@code locality} (default {@value #DEFAULT_LOCALITY_WEIGHT}), and an exact tie goes to the
 * better-cached set: locality decides only between candidates whose cost differs by less than
 * {@code w / (1 - w)} (2.04% at the default) at the first level where they differ, because
 * communication is paid every step while a cache miss is paid once per shard per epoch
 * ({@code docs/POLICIES.md}). Otherwise nothing is asked and nothing changes.
 */
public final class TopologyAwarePolicy implements PlacementPolicy {

  public static final String NAME = "topology-aware";
  /** The weight of dataset locality against bytes: at most this fraction of a candidate's bytes. */
  public static final double DEFAULT_LOCALITY_WEIGHT = 0.02;
  private final int candidateDomains;
  private final int searchBudget;
  private final long seed;
  private final double localityWeight;

  TopologyAwarePolicy(int candidateDomains, int searchBudget, long seed, double localityWeight) {
    this.candidateDomains = candidateDomains;
    this.searchBudget = searchBudget;
    this.seed = seed;
    this.localityWeight = localityWeight;
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
    CostModel model = new CostModel(topology);
    CommunicationPlan plan = job.plan();
    int need = job.size();
    List<int[]> nestings = Nestings.nestings(job.parallelism());
    int[][] slotsByNesting = new int[nestings.size()][];
    int[] chunks = new int[nestings.size()];
    for (int i = 0; i < nestings.size(); i++) {
      slotsByNesting[i] = Nestings.slots(job.parallelism(), nestings.get(i));
      chunks[i] = Nestings.innermost(job.parallelism(), nestings.get(i));
    }

    boolean byLocality = localityWeight > 0 && job.dataset() != null && cluster.hasDatasetLocality();
    int[] best = null;
    double[] bestBytes = null;
    double bestLocality = 0;
    double[] bytes = new double[topology.levelCount()];
    for (int granule : granules(job, topology)) {
      DomainSelection selection = new DomainSelection(cluster, granule);
      for (int[] domain : selection.smallestFitting(need, candidateDomains, byLocality ? job.dataset() : null)) {
        int[] chosen = selection.select(domain[0], domain[1], need);
        double locality = byLocality ? cluster.datasetLocality(job.dataset(), chosen) : 0;
        for (int i = 0; i < slotsByNesting.length; i++) {
          if (granule > 1 && chunks[i] != granule) {
            continue;
          }
          int[] placement = Nestings.place(slotsByNesting[i], Nestings.alignChunks(topology, chosen, chunks[i]));
          model.crossBytes(plan, placement, bytes);
          if (best == null || better(byLocality, bytes, locality, bestBytes, bestLocality)) {
            best = placement;
            bestBytes = bytes.clone();
            bestLocality = locality;
          }
        }
      }
    }
    int[] firstFit = FirstFitPolicy.lowestFree(cluster, need);
    model.crossBytes(plan, firstFit, bytes);
    double firstFitLocality = byLocality ? cluster.datasetLocality(job.dataset(), firstFit) : 0;
    if (best == null || better(byLocality, bytes, firstFitLocality, bestBytes, bestLocality)) {
      best = firstFit;
      bestBytes = bytes.clone();
    }
    new LocalSearch(model, plan, best, bestBytes, seed ^ job.id().hashCode()).run(searchBudget);
    return new PlacementDecision.Placed(best);
  }

  /**
   * True when {@code bytes} at {@code locality} beats {@code bestBytes} at {@code bestLocality}:
   * without locality the plain lexicographic order; with it, each side's bytes scaled by {@code 1 -
   * w * locality}, and an exact tie to the higher locality (zero-byte candidates tie at every scale).
   */
  private boolean better(boolean byLocality, double[] bytes, double locality, double[] bestBytes,
      double bestLocality) {
    if (!byLocality) {
      return PlacementCost.compareLevels(bytes, bestBytes) < 0;
    }
    int order = PlacementCost.compareLevels(bytes, 1 - localityWeight * locality, bestBytes,
        1 - localityWeight * bestLocality);
    return order < 0 || (order == 0 && locality > bestLocality);
  }

  /**
   * Selection granules: single accelerators, and whole TP groups per host when TP fits in a host,
   * so that no TP group has to straddle hosts on a fragmented fabric.
   */
  private static int[] granules(JobSpec job, TopologyView topology) {
    int tp = job.parallelism().tp();
    return tp > 1 && tp <= topology.memberCount(1, 0) ? new int[] {1, tp} : new int[] {1};
  }

  /** Swaps ranks between groups while a swap lowers the lexicographic cost. */
  private static final class LocalSearch {
    private final CostModel model;
    private final List<Traffic> traffic;
    private final int[][] groupOfRank;
    private final int[] placement;
    private final double[] bytes;
    private final SplittableRandom random;

    LocalSearch(CostModel model, CommunicationPlan plan, int[] placement, double[] bytes, long seed) {
      this.model = model;
      this.traffic = plan.traffic();
      this.placement = placement;
      this.bytes = bytes;
      this.random = new SplittableRandom(seed);
      this.groupOfRank = new int[traffic.size()][];
      for (int t = 0; t < traffic.size(); t++) {
        RankGroups groups = traffic.get(t).groups();
        int[] of = new int[placement.length];
        for (int g = 0; g < groups.count(); g++) {
          for (int i = 0; i < groups.size(g); i++) {
            of[groups.member(g, i)] = g;
          }
        }
        groupOfRank[t] = of;
      }
    }

    void run(int budget) {
      int n = placement.length;
      if (n < 2 || traffic.isEmpty()) {
        return;
      }
      int levels = bytes.length;
      double[] before = new double[levels];
      double[] after = new double[levels];
      double[] candidate = new double[levels];
      for (int attempt = 0; attempt < budget; attempt++) {
        int r1 = random.nextInt(n);
        int r2 = random.nextInt(n);
        if (r1 == r2 || model.topology().commonLevel(placement[r1], placement[r2]) == 0) {
          continue;
        }
        Arrays.fill(before, 0);
        affected(r1, r2, before);
        swap(r1, r2);
        Arrays.fill(after, 0);
        affected(r1, r2, after);
        for (int l = 0; l < levels; l++) {
          candidate[l] = bytes[l] - before[l] + after[l];
        }
        if (PlacementCost.compareLevels(candidate, bytes) < 0) {
          System.arraycopy(candidate, 0, bytes, 0, levels);
        } else {
          swap(r1, r2);
        }
      }
    }

    private void affected(int r1, int r2, double[] out) {
      for (int t = 0; t < traffic.size(); t++) {
        int g1 = groupOfRank[t][r1];
        int g2 = groupOfRank[t][r2];
        modelGroup(t, g1, out);
        if (g2 != g1) {
          modelGroup(t, g2, out);
        }
      }
    }

    private void modelGroup(int t, int g, double[] out) {
      model.groupBytes(traffic.get(t), g, placement, out);
    }

    private void swap(int r1, int r2) {
      int a = placement[r1];
      placement[r1] = placement[r2];
      placement[r2] = a;
    }
  }

  /** Finds {@link TopologyAwarePolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Podium: smallest fitting domain, min-cut nesting of TP/CP/PP/DP across oversubscribed tiers,"
          + " local search on bytes per tier.";
    }

    @Override
    public Set<String> options() {
      return Set.of("candidates", "search", "locality");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      int candidates = options.getInt(NAME, "candidates", 3, 1);
      int search = options.getInt(NAME, "search", 256, 0);
      double locality = options.getDouble("locality", DEFAULT_LOCALITY_WEIGHT);
      if (!(locality >= 0 && locality <= 0.5)) {
        throw new IllegalArgumentException(NAME + ": option locality (weight of dataset locality) must be in [0, 0.5],"
            + " was " + options.get("locality", ""));
      }
      return new TopologyAwarePolicy(candidates, search, options.seed(), locality);
    }
  }
}
