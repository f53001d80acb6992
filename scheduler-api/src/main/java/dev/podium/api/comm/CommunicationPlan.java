package dev.podium.api.comm;

import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a job communicates and computes per optimizer step. Derive it from a model with {@link
 * #derive(Parallelism, ModelSpec)} (formulas in {@code docs/COMMUNICATION.md}) or give it directly.
 *
 * @param ranks gang size; every group's ranks lie in {@code [0, ranks)}
 * @param traffic the job's communication, innermost dimension first
 * @param flopsPerStep training FLOPs of one optimizer step over the whole gang
 */
public record CommunicationPlan(int ranks, List<Traffic> traffic, double flopsPerStep) {

  /** Checks that every group's ranks are in range. */
  public CommunicationPlan {
    Objects.requireNonNull(traffic, "traffic");
    traffic = List.copyOf(traffic);
    if (ranks < 1) {
      throw new IllegalArgumentException("communication plan: ranks must be >= 1, was " + ranks);
    }
    if (!(flopsPerStep >= 0) || Double.isInfinite(flopsPerStep)) {
      throw new IllegalArgumentException("communication plan: flopsPerStep must be finite and >= 0");
    }
    for (Traffic t : traffic) {
      RankGroups groups = t.groups();
      for (int g = 0; g < groups.count(); g++) {
        for (int i = 0; i < groups.size(g); i++) {
          if (groups.member(g, i) >= ranks) {
            throw new IllegalArgumentException(
                "communication plan: " + t.dimension() + " group " + g + " names rank " + groups.member(g, i)
                    + " of a " + ranks + "-rank job");
          }
        }
      }
    }
  }

  /** A plan with no communication: independent ranks (e.g. trace jobs without a model). */
  public static CommunicationPlan none(int ranks) {
    return new CommunicationPlan(ranks, List.of(), 0);
  }

  /**
   * Derives the plan of a Megatron-style transformer: TP all-reduces of activations (4 per layer
   * and micro-batch), CP all-gather and reduce-scatter of keys and values, PP activations sent stage
   * to stage (forward and backward per micro-batch), DP gradient all-reduce (over DP x CP ranks; for
   * a mixture of experts the expert weights over expert-data-parallel groups), EP all-to-all dispatch and
   * combine. FLOPs per step = 6 x active parameters x tokens + 6 x layers x sequence x hidden x
   * tokens (causal attention).
   */
  public static CommunicationPlan derive(Parallelism p, ModelSpec m) {
    double element = m.precision().bytes();
    double gradient = Math.max(element, 2.0);
    double localTokens = (double) m.microBatchSequences() * m.sequenceLength() / p.cp();
    double microBatches = (double) m.globalBatchSequences() / ((double) p.dp() * m.microBatchSequences());
    double layersPerStage = (double) m.layers() / p.pp();
    double activation = localTokens * m.hiddenSize() * element;
    List<Traffic> traffic = new ArrayList<>();
    if (p.tp() > 1) {
      traffic.add(new Traffic(Dimension.TP, Collective.ALL_REDUCE, RankGroups.of(p, Dimension.TP), activation,
          4 * layersPerStage * microBatches));
    }
    if (p.cp() > 1) {
      double keysValues = 2.0 * m.microBatchSequences() * m.sequenceLength() * m.hiddenSize()
          * ((double) m.kvHeads() / m.attentionHeads()) * element / p.tp();
      RankGroups groups = RankGroups.of(p, Dimension.CP);
      traffic.add(new Traffic(Dimension.CP, Collective.ALL_GATHER, groups, keysValues, layersPerStage * microBatches));
      traffic.add(new Traffic(Dimension.CP, Collective.REDUCE_SCATTER, groups, keysValues, layersPerStage * microBatches));
    }
    if (p.pp() > 1) {
      traffic.add(new Traffic(Dimension.PP, Collective.SEND_RECV, RankGroups.of(p, Dimension.PP), activation / p.tp(),
          2 * microBatches));
    }
    double expertParameters = expertParameters(m);
    double denseShard = (m.parameters() - expertParameters) / ((double) p.tp() * p.pp());
    if (p.dp() * p.cp() > 1) {
      traffic.add(new Traffic(Dimension.DP, Collective.ALL_REDUCE, RankGroups.of(p, Dimension.DP),
          denseShard * gradient, 1));
    }
    if (expertParameters > 0 && p.dp() * p.cp() / p.ep() > 1) {
      traffic.add(new Traffic(Dimension.DP, Collective.ALL_REDUCE, RankGroups.expertDataParallel(p),
          expertParameters / ((double) p.tp() * p.pp() * p.ep()) * gradient, 1));
    }
    if (m.isMixtureOfExperts() && p.ep() > 1) {
      traffic.add(new Traffic(Dimension.EP, Collective.ALL_TO_ALL, RankGroups.of(p, Dimension.EP),
          activation * m.expertsPerToken(), 4 * layersPerStage * microBatches));
    }
    double flops = 6.0 * m.activeParameters() * m.tokensPerStep()
        + 6.0 * m.layers() * (double) m.sequenceLength() * m.hiddenSize() * m.tokensPerStep();
    return new CommunicationPlan(p.size(), traffic, flops);
  }

  /** Parameters held by experts: {@code experts x (total - active) / (experts - topK)}. */
  static double expertParameters(ModelSpec m) {
    if (!m.isMixtureOfExperts() || m.experts() == m.expertsPerToken()) {
      return 0;
    }
    double perExpert = (double) (m.parameters() - m.activeParameters()) / (m.experts() - m.expertsPerToken());
    return perExpert * m.experts();
  }

  /** Total buffer bytes per step over all traffic and ranks (a volume, not wire bytes). */
  public double bytesPerStep() {
    double total = 0;
    for (Traffic t : traffic) {
      total += t.bytesPerStep() * t.groups().totalMembers();
    }
    return total;
  }
}
