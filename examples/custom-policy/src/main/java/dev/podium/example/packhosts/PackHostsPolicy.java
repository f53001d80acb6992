package dev.podium.example.packhosts;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs a gang onto the fewest hosts (level-1 domains): hosts with the most free accelerators are
 * taken whole, largest first (ties to the lower id); the remainder goes to the host with the fewest
 * free accelerators that still holds it, so large free hosts stay whole for the next gang. Ranks
 * follow accelerator ids, which are in locality order, so consecutive ranks (a TP group) share a
 * host. Deterministic; uses no randomness.
 */
public final class PackHostsPolicy implements PlacementPolicy {

  private static final int HOST = 1;
  private final int maxHosts;

  /** A policy that refuses gangs needing more than {@code maxHosts} hosts. */
  public PackHostsPolicy(int maxHosts) {
    if (maxHosts < 1) {
      throw new IllegalArgumentException("policy " + PackHostsProvider.NAME + ": max-hosts must be >= 1, was "
          + maxHosts);
    }
    this.maxHosts = maxHosts;
  }

  @Override
  public String name() {
    return PackHostsProvider.NAME;
  }

  @Override
  public PlacementDecision place(JobSpec job, ClusterView cluster) {
    if (job.acceleratorKind() != null && !job.acceleratorKind().equalsIgnoreCase(cluster.acceleratorKind())) {
      return refuse("job " + job.id() + " needs " + job.acceleratorKind() + " but the fabric has "
          + cluster.acceleratorKind(), false);
    }
    int need = job.size();
    int free = cluster.freeCount();
    if (free < need) {
      return refuse("job " + job.id() + " needs " + need + " accelerators; " + free + " are free",
          cluster.healthyCount() >= need);
    }
    int[][] hosts = chooseHosts(cluster, need);
    if (hosts.length > maxHosts) {
      return refuse("job " + job.id() + " needs " + hosts.length + " hosts at best; max-hosts is " + maxHosts, true);
    }
    return new PlacementDecision.Placed(accelerators(cluster, hosts, need));
  }

  /**
   * The hosts to use as {@code {host, accelerators to take}} pairs in host id order; the view has
   * at least {@code need} free accelerators.
   */
  private static int[][] chooseHosts(ClusterView cluster, int need) {
    TopologyView topology = cluster.topology();
    List<int[]> candidates = new ArrayList<>();
    for (int host = 0; host < topology.domainCount(HOST); host++) {
      int free = cluster.freeCount(HOST, host);
      if (free > 0) {
        candidates.add(new int[] {host, free});
      }
    }
    candidates.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    int whole = 0;
    int remainder = need;
    while (candidates.get(whole)[1] < remainder) {
      remainder -= candidates.get(whole)[1];
      whole++;
    }
    int last = whole;
    while (last + 1 < candidates.size() && candidates.get(last + 1)[1] >= remainder) {
      last++;
    }
    int lastFree = candidates.get(last)[1];
    while (last - 1 >= whole && candidates.get(last - 1)[1] == lastFree) {
      last--;
    }
    int[][] chosen = new int[whole + 1][];
    for (int i = 0; i < whole; i++) {
      chosen[i] = candidates.get(i).clone();
    }
    chosen[whole] = new int[] {candidates.get(last)[0], remainder};
    Arrays.sort(chosen, (a, b) -> Integer.compare(a[0], b[0]));
    return chosen;
  }

  /** The free accelerators to take from each chosen host, in id order. */
  private static int[] accelerators(ClusterView cluster, int[][] hosts, int need) {
    TopologyView topology = cluster.topology();
    int[] chosen = new int[need];
    int found = 0;
    for (int[] host : hosts) {
      int first = topology.firstMember(HOST, host[0]);
      int end = first + topology.memberCount(HOST, host[0]);
      int taken = 0;
      for (int a = cluster.nextFree(first, end); a >= 0 && taken < host[1]; a = cluster.nextFree(a + 1, end)) {
        chosen[found++] = a;
        taken++;
      }
    }
    return chosen;
  }

  private static PlacementDecision.Unschedulable refuse(String reason, boolean laterCouldHelp) {
    return new PlacementDecision.Unschedulable(List.of(reason), laterCouldHelp, laterCouldHelp);
  }
}
