package dev.podium.slurm;

import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.List;

/**
 * A live Slurm cluster as Podium sees it at one instant.
 *
 * @param fabric the GPU nodes under Slurm's switch tree
 * @param state which GPUs are free, held by jobs, or on unavailable nodes
 * @param switches the switches {@code scontrol show topology} reported
 * @param nodes every node {@code sinfo --json} reported, in Slurm's order
 * @param jobs every job {@code squeue --json} reported
 * @param partition the partition the state is restricted to, or null for all
 */
public record LiveCluster(Fabric fabric, ClusterState state, List<SlurmSwitch> switches, List<SlurmNode> nodes,
    List<SlurmJob> jobs, String partition) {

  /** Copies the lists. */
  public LiveCluster {
    switches = List.copyOf(switches);
    nodes = List.copyOf(nodes);
    jobs = List.copyOf(jobs);
  }

  /** The node names in Slurm's order (the order of its node table, which block distribution follows). */
  public List<String> nodeOrder() {
    return nodes.stream().map(SlurmNode::name).toList();
  }
}
