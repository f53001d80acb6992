package dev.podium.slurm;

import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link ClusterState} of a live cluster: the GPUs running jobs hold are busy (held by {@code
 * slurm-<jobid>}, at the indices {@code squeue}'s {@code gres_detail} names; GPUs counted in a node's
 * {@code gres_used} without indices are taken lowest first); every GPU of a node without free CPUs is
 * busy; every GPU of a node that is down, drained, draining, failed, reserved or powered down, or
 * outside the requested partition, is unhealthy, which keeps policies off it.
 */
public final class LiveState {

  private LiveState() {}

  /**
   * The state of {@code fabric} (built from the same {@code nodes}) given Slurm's {@code nodes} and
   * {@code jobs}; {@code partition} null means every partition.
   */
  public static ClusterState of(Fabric fabric, List<SlurmNode> nodes, List<SlurmJob> jobs, String partition) {
    Map<String, SlurmNode> byName = new HashMap<>();
    nodes.forEach(n -> byName.put(n.name(), n));
    Map<String, List<SlurmJob>> jobsOnNode = new HashMap<>();
    for (SlurmJob job : jobs) {
      if (job.holdsResources()) {
        job.nodes().forEach(n -> jobsOnNode.computeIfAbsent(n, k -> new ArrayList<>()).add(job));
      }
    }
    int hostLevel = fabric.hostLevel();
    Map<String, List<Integer>> held = new LinkedHashMap<>();
    List<Integer> unavailable = new ArrayList<>();
    for (int host = 0; host < fabric.hostCount(); host++) {
      String name = fabric.domainName(hostLevel, host);
      SlurmNode node = byName.get(name);
      int first = fabric.firstMember(hostLevel, host);
      int count = fabric.memberCount(hostLevel, host);
      List<SlurmJob> running = jobsOnNode.getOrDefault(name, List.of());
      BitSet busy = new BitSet(count);
      for (SlurmJob job : running) {
        for (int index : job.gpuIndices().getOrDefault(name, List.of())) {
          if (index >= 0 && index < count && !busy.get(index)) {
            busy.set(index);
            held.computeIfAbsent("slurm-" + job.id(), k -> new ArrayList<>()).add(first + index);
          }
        }
      }
      int untracked = node == null ? 0 : node.fullyAllocated() ? count : node.gpusUsed() - busy.cardinality();
      String holder = running.isEmpty() ? "slurm-busy"
          : running.stream().map(j -> "slurm-" + j.id()).collect(Collectors.joining("+"));
      for (int index = busy.nextClearBit(0); index < count && untracked > 0; index = busy.nextClearBit(index + 1)) {
        busy.set(index);
        held.computeIfAbsent(holder, k -> new ArrayList<>()).add(first + index);
        untracked--;
      }
      boolean closed = node == null || !node.available()
          || (partition != null && !node.partitions().contains(partition));
      if (closed) {
        for (int a = first; a < first + count; a++) {
          unavailable.add(a);
        }
      }
    }
    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    held.forEach((holder, accelerators) -> state.allocate(holder,
        accelerators.stream().mapToInt(Integer::intValue).toArray()));
    unavailable.forEach(state::fail);
    return state;
  }
}
