package dev.podium.slurm;

import dev.podium.core.gang.RankSlot;
import dev.podium.topology.export.Hostlist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gang's placement on a live cluster, in Slurm's terms.
 *
 * @param job the job's id (the request's {@code id=}, also the Slurm job name)
 * @param policy the placement policy that chose it
 * @param ranks rank r's node and GPU, at index r
 * @param nodes the nodes in the order of their first rank
 * @param tasksPerNode ranks on each node (the same on every node)
 * @param order how the job step realises the rank order
 */
public record GangPlan(String job, String policy, List<RankSlot> ranks, List<String> nodes, int tasksPerNode,
    RankOrder order) {

  /** Copies the lists. */
  public GangPlan {
    ranks = List.copyOf(ranks);
    nodes = List.copyOf(nodes);
  }

  /**
   * The plan of {@code ranks}; {@code slurmOrder} is Slurm's node order, which decides whether block
   * distribution suffices.
   *
   * @throws IllegalArgumentException when the nodes hold different numbers of ranks: sbatch asks every
   *     node for the same GPU count
   */
  public static GangPlan of(String job, String policy, List<RankSlot> ranks, List<String> slurmOrder) {
    Map<String, Integer> perNode = new LinkedHashMap<>();
    for (RankSlot slot : ranks) {
      perNode.merge(slot.node(), 1, Integer::sum);
    }
    if (perNode.isEmpty()) {
      throw new IllegalArgumentException("job " + job + ": a plan needs at least one rank");
    }
    int tasks = perNode.values().iterator().next();
    for (Map.Entry<String, Integer> entry : perNode.entrySet()) {
      if (entry.getValue() != tasks) {
        throw new IllegalArgumentException("job " + job + ": the plan puts " + tasks + " ranks on "
            + perNode.keySet().iterator().next() + " but " + entry.getValue() + " on " + entry.getKey()
            + "; sbatch asks every node for the same GPU count, so Podium submits only plans with the same"
            + " number of ranks per node");
      }
    }
    List<String> nodes = new ArrayList<>(perNode.keySet());
    return new GangPlan(job, policy, ranks, nodes, tasks, isBlock(ranks, nodes, tasks, slurmOrder)
        ? RankOrder.BLOCK : RankOrder.ARBITRARY);
  }

  /** Whether rank r sits on node r / tasks and the nodes follow Slurm's order. */
  private static boolean isBlock(List<RankSlot> ranks, List<String> nodes, int tasks, List<String> slurmOrder) {
    for (RankSlot slot : ranks) {
      if (!slot.node().equals(nodes.get(slot.rank() / tasks))) {
        return false;
      }
    }
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < slurmOrder.size(); i++) {
      position.put(slurmOrder.get(i), i);
    }
    for (int i = 1; i < nodes.size(); i++) {
      Integer before = position.get(nodes.get(i - 1));
      Integer after = position.get(nodes.get(i));
      if (before == null || after == null || before >= after) {
        return false;
      }
    }
    return true;
  }

  /** Number of ranks. */
  public int size() {
    return ranks.size();
  }

  /** The nodes as a Slurm hostlist, for {@code -w}. */
  public String hostlist() {
    return Hostlist.compress(nodes.stream().sorted().toList());
  }

  /** The ranks on {@code node} as ranges, e.g. {@code 0-7} or {@code 0,2,4}. */
  public String ranksOn(String node) {
    return IntRanges.format(ranks.stream().filter(s -> s.node().equals(node)).map(RankSlot::rank).toList());
  }

  /** The GPUs of {@code node}'s ranks, in rank order, as ranges, e.g. {@code 0-7}. */
  public String gpusOn(String node) {
    return IntRanges.format(ranks.stream().filter(s -> s.node().equals(node)).map(RankSlot::gpu).toList());
  }

  /** The GPUs each node's ranks use, in the order of those ranks. */
  public Map<String, List<Integer>> gpusByNode() {
    Map<String, List<Integer>> gpus = new LinkedHashMap<>();
    nodes.forEach(n -> gpus.put(n, new ArrayList<>()));
    ranks.forEach(slot -> gpus.get(slot.node()).add(slot.gpu()));
    return gpus;
  }
}
