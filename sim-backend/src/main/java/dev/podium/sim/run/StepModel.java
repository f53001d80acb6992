package dev.podium.sim.run;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.Dimension;
import dev.podium.api.comm.Traffic;
import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelSpec;
import dev.podium.core.cost.CostModel;
import dev.podium.sim.network.JobDemand;
import dev.podium.topology.catalog.Precision;
import dev.podium.topology.fabric.Fabric;

/**
 * Step time of a running job: compute (FLOPs per step over the gang's peak times the kernel
 * efficiency, stretched by the 1F1B pipeline bubble {@code (pp-1)/micro-batches}) plus exposed
 * communication (every traffic entry at the job's contended rate, data-parallel traffic hidden behind
 * up to {@code dpOverlap} of the backward pass, two thirds of compute) plus collective latency.
 */
final class StepModel {

  private final Fabric fabric;
  private final CostModel cost;
  private final double efficiency;
  private final double dpOverlap;
  private final double[] latency;
  private int maxLevel;

  StepModel(Fabric fabric, CostModel cost, double efficiency, double dpOverlap) {
    this.fabric = fabric;
    this.cost = cost;
    this.efficiency = efficiency;
    this.dpOverlap = dpOverlap;
    this.latency = new double[fabric.levelCount()];
    for (int level = 0; level < latency.length; level++) {
      latency[level] = fabric.latency(level);
    }
  }

  /** Compute seconds per step including the pipeline bubble; 0 for a job without a model. */
  double computeSeconds(JobSpec job) {
    ModelSpec model = job.model();
    if (model == null) {
      return 0;
    }
    double peak = fabric.accelerator().peakFlops(catalogPrecision(model));
    if (peak == 0) {
      peak = fabric.accelerator().peakFlops(Precision.BF16);
    }
    double compute = job.plan().flopsPerStep() / (job.size() * peak * efficiency);
    int pp = job.parallelism().pp();
    if (pp > 1) {
      double microBatches = (double) model.globalBatchSequences()
          / ((double) job.parallelism().dp() * model.microBatchSequences());
      compute *= 1 + (pp - 1) / microBatches;
    }
    return compute;
  }

  /** Latency seconds per step: every call's steps at its group's highest level. */
  double latencySeconds(CommunicationPlan plan, int[] placement) {
    double total = 0;
    for (Traffic traffic : plan.traffic()) {
      double worst = 0;
      for (int g = 0; g < traffic.groups().count(); g++) {
        maxLevel = 0;
        cost.transfers(traffic, g, placement, (from, to, level, bytes) -> maxLevel = Math.max(maxLevel, level));
        int n = traffic.groups().size(g);
        int steps = switch (traffic.collective()) {
          case ALL_REDUCE -> 2 * (n - 1);
          case SEND_RECV -> 1;
          default -> n - 1;
        };
        worst = Math.max(worst, steps * latency[maxLevel]);
      }
      total += worst * traffic.callsPerStep();
    }
    return total;
  }

  /**
   * Step seconds of a job whose communication runs at {@code commRate} steps per second on the
   * shared fabric (infinite when it sends nothing there).
   */
  double stepSeconds(JobSpec job, double compute, JobDemand demand, double commRate, double latencySeconds) {
    double exposed = 0;
    double hidden = dpOverlap * compute * 2 / 3;
    for (int t = 0; t < job.plan().traffic().size(); t++) {
      double seconds = demand.isEmpty() ? 0 : demand.trafficShare()[t] / commRate;
      Traffic traffic = job.plan().traffic().get(t);
      if (traffic.dimension() == Dimension.DP && traffic.collective() == Collective.ALL_REDUCE) {
        double overlap = Math.min(seconds, hidden);
        hidden -= overlap;
        seconds -= overlap;
      }
      exposed += seconds;
    }
    return compute + exposed + latencySeconds;
  }

  private static Precision catalogPrecision(ModelSpec model) {
    return switch (model.precision()) {
      case FP8 -> Precision.FP8;
      case FP4 -> Precision.FP4;
      case INT8 -> Precision.INT8;
      default -> Precision.BF16;
    };
  }
}
