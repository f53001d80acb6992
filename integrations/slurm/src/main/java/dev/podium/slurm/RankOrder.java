package dev.podium.slurm;

/** How the job step puts rank r on the node the plan chose for it. */
public enum RankOrder {

  /**
   * {@code --distribution=block}: every node holds consecutive ranks and the nodes come in Slurm's
   * node order, so Slurm's own block layout is the plan.
   */
  BLOCK,

  /**
   * {@code --distribution=arbitrary}: the batch script writes one node per rank, in rank order, to
   * the file {@code SLURM_HOSTFILE} names, and {@code srun} lays the tasks out by it.
   */
  ARBITRARY
}
