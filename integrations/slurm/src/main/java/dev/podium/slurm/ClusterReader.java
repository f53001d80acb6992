package dev.podium.slurm;

import dev.podium.core.state.ClusterState;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.TreeGenerator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a live cluster: the switch tree ({@code scontrol show topology}), the nodes with their GRES
 * and states ({@code sinfo --json}) and the jobs ({@code squeue --json}), into a {@link Fabric} (see
 * {@link SlurmTree}) and a {@link ClusterState} (see {@link LiveState}).
 */
public final class ClusterReader {

  /** The accelerator assumed when GRES has no type the hardware catalog knows. */
  public static final AcceleratorModel DEFAULT_ACCELERATOR = HardwareCatalog.H100;

  private final SlurmClient slurm;

  /** A reader asking {@code slurm}. */
  public ClusterReader(SlurmClient slurm) {
    this.slurm = Objects.requireNonNull(slurm, "slurm");
  }

  /**
   * The cluster now. {@code accelerator} null means: the catalog model named by the first typed GPU
   * GRES ({@code gpu:h100:8}), else {@link #DEFAULT_ACCELERATOR}; {@code partition} null means all.
   *
   * @throws SlurmException when a command fails or prints what cannot be read
   * @throws IllegalArgumentException when the cluster has no GPU node or names Podium cannot model
   */
  public LiveCluster read(AcceleratorModel accelerator, String partition) {
    List<SlurmSwitch> switches = slurm.switches();
    List<SlurmNode> nodes = slurm.nodes();
    List<SlurmJob> jobs = slurm.jobs();
    if (partition != null && nodes.stream().noneMatch(n -> n.partitions().contains(partition))) {
      throw new IllegalArgumentException("no node is in partition '" + partition + "'");
    }
    AcceleratorModel model = accelerator != null ? accelerator : fromGres(nodes);
    Fabric fabric = TreeGenerator.build(SlurmTree.spec(switches, nodes, model));
    return new LiveCluster(fabric, LiveState.of(fabric, nodes, jobs, partition), switches, nodes, jobs, partition);
  }

  private static AcceleratorModel fromGres(List<SlurmNode> nodes) {
    for (SlurmNode node : nodes) {
      String type = node.gpuType();
      if (type != null) {
        for (AcceleratorModel model : HardwareCatalog.accelerators()) {
          if (GresType.of(model).equals(type.toLowerCase(Locale.ROOT))) {
            return model;
          }
        }
      }
    }
    return DEFAULT_ACCELERATOR;
  }
}
