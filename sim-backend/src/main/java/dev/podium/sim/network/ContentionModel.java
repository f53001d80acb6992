package dev.podium.sim.network;

import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.Traffic;
import dev.podium.core.cost.CostModel;
import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;
import java.util.List;

/**
 * Shares the fabric between running jobs. The shared resources are link bundles: for every
 * accelerator its scale-up links and its scale-out (NIC) links, and for every domain of the levels
 * between the accelerator and the top its links out of the domain; each in both directions, at
 * full capacity. A transfer between accelerators whose lowest common level is {@code L} crosses
 * the bundles of the sender's and the receiver's domains below {@code L}. A job's demand is its
 * bytes per step on each bundle; jobs get max-min fair rates (steps of communication per second)
 * by progressive filling, assuming their communication phases overlap. Within a job the traffic
 * entries run one after another, each at its own bottleneck, all slowed alike by contention.
 */
public final class ContentionModel {

  private static final int UP = 0;
  private static final int DOWN = 1;

  private final Fabric fabric;
  private final int top;
  private final int hostLevel;
  private final int[] levelBase;
  private final double[] capacity;
  private final MaxMinFairShare solver = new MaxMinFairShare();
  private final double[] scratch;
  private final int[] touched;
  private final int[] users;
  private final int[] compactId;
  private final double[] compactCapacity;
  private int touchedCount;

  public ContentionModel(Fabric fabric) {
    this.fabric = fabric;
    this.top = fabric.levelCount() - 1;
    this.hostLevel = fabric.hostLevel();
    int n = fabric.acceleratorCount();
    // level 0 holds two bundles per accelerator (scale-up, scale-out), each with two directions
    this.levelBase = new int[top + 1];
    int size = 4 * n;
    for (int k = 1; k < top; k++) {
      levelBase[k] = size;
      size += 2 * fabric.domainCount(k);
    }
    this.capacity = new double[size];
    for (int e = 0; e < fabric.linkCount(); e++) {
      int u = fabric.linkSource(e);
      int v = fabric.linkTarget(e);
      double c = fabric.linkCapacity(e);
      addAcceleratorBundle(u, v, c);
      addAcceleratorBundle(v, u, c);
      for (int k = 1; k < top; k++) {
        int du = fabric.domainOfVertex(u, k);
        int dv = fabric.domainOfVertex(v, k);
        if (du != dv) {
          if (du >= 0) {
            capacity[levelBase[k] + 2 * du + UP] += c;
            capacity[levelBase[k] + 2 * du + DOWN] += c;
          }
          if (dv >= 0) {
            capacity[levelBase[k] + 2 * dv + UP] += c;
            capacity[levelBase[k] + 2 * dv + DOWN] += c;
          }
        }
      }
    }
    this.scratch = new double[size];
    this.touched = new int[size];
    this.users = new int[size];
    this.compactId = new int[size];
    this.compactCapacity = new double[size];
  }

  private void addAcceleratorBundle(int accelerator, int other, double c) {
    if (accelerator >= fabric.acceleratorCount()) {
      return;
    }
    int bundle = fabric.ownerLevel(other) > hostLevel ? 1 : 0;
    capacity[4 * accelerator + 2 * bundle + UP] += c;
    capacity[4 * accelerator + 2 * bundle + DOWN] += c;
  }

  /** Number of shared resources. */
  public int resourceCount() {
    return capacity.length;
  }

  /** Capacity of resource {@code r} in bytes per second. */
  public double capacity(int r) {
    return capacity[r];
  }

  /** The demand of {@code plan} placed with rank {@code r} on {@code placement[r]}. */
  public JobDemand demand(CostModel cost, CommunicationPlan plan, int[] placement) {
    List<Traffic> traffic = plan.traffic();
    double[][] perTraffic = new double[traffic.size()][];
    int[][] perTrafficResources = new int[traffic.size()][];
    touchedCount = 0;
    for (int t = 0; t < traffic.size(); t++) {
      Traffic entry = traffic.get(t);
      double calls = entry.callsPerStep();
      int before = touchedCount;
      int mark = touchedCount;
      for (int g = 0; g < entry.groups().count(); g++) {
        cost.transfers(entry, g, placement, (from, to, level, bytes) -> add(from, to, level, bytes * calls));
      }
      // snapshot this entry's resources and bytes, then clear for the next entry
      perTrafficResources[t] = Arrays.copyOfRange(touched, mark, touchedCount);
      perTraffic[t] = new double[touchedCount - mark];
      for (int i = mark; i < touchedCount; i++) {
        perTraffic[t][i - mark] = scratch[touched[i]];
        scratch[touched[i]] = 0;
      }
      touchedCount = before;
    }
    // merge entries into one sorted vector
    for (int t = 0; t < traffic.size(); t++) {
      for (int i = 0; i < perTrafficResources[t].length; i++) {
        int r = perTrafficResources[t][i];
        if (scratch[r] == 0) {
          touched[touchedCount++] = r;
        }
        scratch[r] += perTraffic[t][i];
      }
    }
    int[] resources = Arrays.copyOf(touched, touchedCount);
    Arrays.sort(resources);
    double[] bytes = new double[resources.length];
    for (int i = 0; i < resources.length; i++) {
      bytes[i] = scratch[resources[i]];
    }
    double bottleneck = 0;
    for (int i = 0; i < resources.length; i++) {
      bottleneck = Math.max(bottleneck, bytes[i] / capacity[resources[i]]);
    }
    double[] share = new double[traffic.size()];
    for (int t = 0; t < traffic.size(); t++) {
      for (int i = 0; i < perTrafficResources[t].length; i++) {
        int r = perTrafficResources[t][i];
        share[t] = Math.max(share[t], perTraffic[t][i] / capacity[r] / bottleneck);
      }
    }
    for (int r : resources) {
      scratch[r] = 0;
    }
    touchedCount = 0;
    return new JobDemand(resources, bytes, share);
  }

  private void add(int from, int to, int level, double bytes) {
    if (level == 0) {
      return;
    }
    int bundle = level > hostLevel ? 1 : 0;
    touch(4 * from + 2 * bundle + UP, bytes);
    touch(4 * to + 2 * bundle + DOWN, bytes);
    for (int k = 1; k < level; k++) {
      touch(levelBase[k] + 2 * fabric.domainOf(from, k) + UP, bytes);
      touch(levelBase[k] + 2 * fabric.domainOf(to, k) + DOWN, bytes);
    }
  }

  private void touch(int r, double bytes) {
    if (scratch[r] == 0) {
      touched[touchedCount++] = r;
    }
    scratch[r] += bytes;
  }

  /** Steps of communication per second that {@code demand} gets alone on the fabric. */
  public double aloneRate(JobDemand demand) {
    double rate = Double.POSITIVE_INFINITY;
    for (int i = 0; i < demand.resources().length; i++) {
      rate = Math.min(rate, capacity[demand.resources()[i]] / demand.bytes()[i]);
    }
    return rate;
  }

  /**
   * Max-min fair communication rates (steps per second) of jobs sharing the fabric, into {@code
   * rates}. Jobs that share no resource with another job get their alone rate; only the others go
   * through progressive filling, over the resources they use.
   */
  public void rates(List<JobDemand> jobs, double[] rates) {
    int n = jobs.size();
    for (JobDemand job : jobs) {
      for (int r : job.resources()) {
        users[r]++;
      }
    }
    int[] shared = new int[n];
    int sharing = 0;
    int nonZeros = 0;
    for (int j = 0; j < n; j++) {
      JobDemand job = jobs.get(j);
      boolean contends = false;
      for (int r : job.resources()) {
        contends |= users[r] > 1;
      }
      if (contends) {
        shared[sharing++] = j;
        nonZeros += job.resources().length;
      } else {
        rates[j] = aloneRate(job);
      }
    }
    int compact = 0;
    int[] rowStart = new int[sharing + 1];
    int[] resource = new int[nonZeros];
    double[] demand = new double[nonZeros];
    for (int i = 0; i < sharing; i++) {
      JobDemand job = jobs.get(shared[i]);
      rowStart[i + 1] = rowStart[i] + job.resources().length;
      for (int k = 0; k < job.resources().length; k++) {
        int r = job.resources()[k];
        if (compactId[r] == 0) {
          compactCapacity[compact] = capacity[r];
          compactId[r] = ++compact;
        }
        resource[rowStart[i] + k] = compactId[r] - 1;
        demand[rowStart[i] + k] = job.bytes()[k];
      }
    }
    double[] cap = new double[sharing];
    double[] weight = new double[sharing];
    double[] solved = new double[sharing];
    Arrays.fill(cap, Double.POSITIVE_INFINITY);
    Arrays.fill(weight, 1);
    solver.solve(sharing, rowStart, resource, demand, Arrays.copyOf(compactCapacity, compact), cap, weight, solved);
    for (int i = 0; i < sharing; i++) {
      rates[shared[i]] = solved[i];
    }
    for (JobDemand job : jobs) {
      for (int r : job.resources()) {
        users[r] = 0;
        compactId[r] = 0;
      }
    }
  }
}
