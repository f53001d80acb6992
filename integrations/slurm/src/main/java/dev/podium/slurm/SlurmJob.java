package dev.podium.slurm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One job as {@code squeue --json} reports it.
 *
 * @param id the job id
 * @param name the job name
 * @param state the job state, upper case ({@code RUNNING}, {@code PENDING}, {@code COMPLETED}, ...)
 * @param reason why it is pending ({@code Resources}, {@code Priority}, ...) or {@code None}
 * @param nodes the nodes it holds, in Slurm's order (empty while pending)
 * @param gpuIndices the GPU indices it holds on each of its nodes, where Slurm reports them
 */
public record SlurmJob(long id, String name, String state, String reason, List<String> nodes,
    Map<String, List<Integer>> gpuIndices) {

  private static final Set<String> HOLDING = Set.of("RUNNING", "SUSPENDED", "COMPLETING", "CONFIGURING", "STOPPED",
      "RESIZING", "SIGNALING", "STAGE_OUT");

  /** Copies the collections. */
  public SlurmJob {
    nodes = List.copyOf(nodes);
    gpuIndices = Map.copyOf(gpuIndices);
  }

  /** True while the job holds its nodes' resources. */
  public boolean holdsResources() {
    return HOLDING.contains(state);
  }
}
