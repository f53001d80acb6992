package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PlacementPolicyProvider;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.topology.TopologyView;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Emulates Kueue Topology-Aware Scheduling with the BestFit profile: {@code findTopologyAssignment},
 * {@code fillInCounts}, {@code findLevelWithFitDomains}, {@code findBestFitDomainBy},
 * {@code updateCountsToMinimumGeneric} and {@code sortedDomains} in
 * {@code pkg/cache/scheduler/tas_flavor_snapshot.go} (kubernetes-sigs/kueue).
 *
 * <p><b>Topology.</b> Kueue's levels are the fabric's levels from hosts (the {@code hostname} level)
 * up to the one below the single-domain top level, which a Kueue {@code Topology} would not list.
 * A domain's state is the number of pods its hosts can take ({@code floor(free / podSize)} per host,
 * summed). Pods request {@code pod-size} accelerators (default: one host's worth, the usual one pod
 * per GPU node; a smaller gang gets one pod of its size); {@code count = ceil(gang / podSize)} pods,
 * sized evenly.
 *
 * <p><b>Search.</b> Option {@code required=L} or {@code preferred=L} names the level (default:
 * preferred at the level above hosts, the tightest useful request; under "preferred" Kueue climbs
 * level by level, so this finds the lowest level where one domain fits). Domains are sorted by state
 * descending, then id (standing in for Kueue's lexical order of level values). If the first fits, the
 * first domain with the smallest state that fits is chosen (best fit). Otherwise "required" fails,
 * and "preferred" climbs one level; at the top it takes domains largest first, the last one best fit.
 * Then, level by level down to hosts, the children of all chosen domains are sorted the same way and
 * taken greedily (largest first, last best fit). Ranks follow the chosen hosts in id order (Kueue's
 * assignment order), each pod's ranks on its host's lowest free accelerators.
 *
 * <p><b>Left out.</b> The LeastFreeCapacity path for unconstrained pod sets, slices
 * ({@code podset-slice-*}), leader/worker groups, balanced placement, node taints, selectors and
 * affinity, non-TAS pod usage, quota, flavors and preemption, and the kube-scheduler binding step.
 */
public final class KueueTasPolicy implements PlacementPolicy {

  public static final String NAME = "kueue-tas-bestfit";
  private final String level;
  private final boolean required;
  private final int podSize;

  KueueTasPolicy(String level, boolean required, int podSize) {
    this.level = level;
    this.required = required;
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
    int highest = Math.max(Locality.HOST, topology.levelCount() - 2);
    int requested = level == null ? Math.min(2, highest) : topology.levelIndex(level);
    if (requested < Locality.HOST || requested > highest) {
      return new PlacementDecision.Unschedulable(List.of(NAME + ": no topology level '" + level + "' between "
          + topology.levels().get(Locality.HOST).name() + " and " + topology.levels().get(highest).name()),
          false, false);
    }
    PodShape shape = PodShape.of(job.size(), podSize > 0 ? podSize : Locality.largestHost(topology));
    int[][] state = new int[highest + 1][];
    state[Locality.HOST] = Locality.podsPerHost(cluster, shape.size(), false);
    for (int l = Locality.HOST + 1; l <= highest; l++) {
      state[l] = Locality.sum(topology, state[Locality.HOST], l);
    }
    int count = shape.count();

    int fitLevel = requested;
    Take take;
    while (true) {
      int[] sorted = sorted(allDomains(state[fitLevel]), state[fitLevel]);
      int most = sorted.length == 0 ? 0 : state[fitLevel][sorted[0]];
      if (most >= count) {
        int d = bestFit(sorted, 0, count, state[fitLevel]);
        take = new Take(new int[] {d}, new int[] {count});
        break;
      }
      if (required) {
        return Decisions.noFit(NAME + ": required topology level " + topology.levels().get(fitLevel).name()
            + (most == 0 ? " doesn't allow to fit any of " : " allows to fit only " + most + " out of ") + count
            + " pod(s) of " + shape.size());
      }
      if (fitLevel < highest) {
        fitLevel++;
        continue;
      }
      take = greedy(sorted, count, state[fitLevel]);
      if (take == null) {
        return Decisions.noFit(NAME + ": topology allows to fit only " + sum(state[fitLevel]) + " out of " + count
            + " pod(s) of " + shape.size());
      }
      break;
    }
    for (int l = fitLevel; l > Locality.HOST; l--) {
      take = greedy(sorted(children(topology, l, take.domains()), state[l - 1]), count, state[l - 1]);
    }
    return new PlacementDecision.Placed(shape.layout(cluster, podsByHost(take, count)));
  }

  /** Domains (ids) and the pods assigned to each. */
  private record Take(int[] domains, int[] pods) {}

  /**
   * {@code updateCountsToMinimumGeneric}: domains in order until {@code count} pods are covered, the
   * one that covers the rest replaced by the best fit from there on; null when they cannot.
   */
  private static Take greedy(int[] sorted, int count, int[] state) {
    int[] domains = new int[sorted.length];
    int[] pods = new int[sorted.length];
    int rem = count;
    for (int i = 0; i < sorted.length; i++) {
      int d = sorted[i];
      if (state[d] >= rem) {
        domains[i] = bestFit(sorted, i, rem, state);
        pods[i] = rem;
        return new Take(Arrays.copyOf(domains, i + 1), Arrays.copyOf(pods, i + 1));
      }
      domains[i] = d;
      pods[i] = state[d];
      rem -= state[d];
    }
    return null;
  }

  /** {@code findBestFitDomainBy}: the first domain from {@code from} with the smallest state >= needed. */
  private static int bestFit(int[] sorted, int from, int needed, int[] state) {
    int best = sorted[from];
    for (int i = from; i < sorted.length; i++) {
      int d = sorted[i];
      if (state[d] >= needed && state[d] < state[best]) {
        best = d;
      }
    }
    return best;
  }

  /** {@code sortedDomains} for BestFit: state descending, then id; domains with no room left out. */
  private static int[] sorted(int[] domains, int[] state) {
    long[] keys = new long[domains.length];
    int n = 0;
    for (int d : domains) {
      if (state[d] > 0) {
        keys[n++] = (long) (Integer.MAX_VALUE - state[d]) << 32 | d;
      }
    }
    Arrays.sort(keys, 0, n);
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = (int) keys[i];
    }
    return sorted;
  }

  private static int[] allDomains(int[] state) {
    int[] all = new int[state.length];
    for (int d = 0; d < all.length; d++) {
      all[d] = d;
    }
    return all;
  }

  /** {@code lowerLevelDomains}: the children of every chosen domain. */
  private static int[] children(TopologyView topology, int level, int[] domains) {
    int total = 0;
    for (int d : domains) {
      total += Locality.endChild(topology, level, d) - Locality.firstChild(topology, level, d);
    }
    int[] children = new int[total];
    int n = 0;
    for (int d : domains) {
      for (int c = Locality.firstChild(topology, level, d); c < Locality.endChild(topology, level, d); c++) {
        children[n++] = c;
      }
    }
    return children;
  }

  /** The host of every pod, hosts in id order. */
  private static int[] podsByHost(Take hosts, int count) {
    long[] keyed = new long[hosts.domains().length];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = (long) hosts.domains()[i] << 32 | hosts.pods()[i];
    }
    Arrays.sort(keyed);
    int[] hostOfPod = new int[count];
    int pod = 0;
    for (long key : keyed) {
      for (int p = (int) key; p > 0; p--) {
        hostOfPod[pod++] = (int) (key >>> 32);
      }
    }
    return hostOfPod;
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return sum;
  }

  /** Finds {@link KueueTasPolicy}. */
  public static final class Provider implements PlacementPolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Kueue Topology-Aware Scheduling, BestFit: required/preferred level, largest domains first, last one"
          + " best fit (tas_flavor_snapshot.go).";
    }

    @Override
    public Set<String> options() {
      return Set.of("required", "preferred", "pod-size");
    }

    @Override
    public PlacementPolicy create(PolicyOptions options) {
      options.requireKnown(NAME, options());
      String required = options.get("required", null);
      String preferred = options.get("preferred", null);
      if (required != null && preferred != null) {
        throw new IllegalArgumentException("policy " + NAME + ": options required and preferred exclude each other");
      }
      String level = required != null ? required : preferred;
      if (level != null && level.isBlank()) {
        throw new IllegalArgumentException("policy " + NAME + ": option " + (required != null ? "required" : "preferred")
            + " must name a level");
      }
      int podSize = options.getInt(NAME, "pod-size", 0, 1);
      return new KueueTasPolicy(level, required != null, podSize);
    }
  }
}
