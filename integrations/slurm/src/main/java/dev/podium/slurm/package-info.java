/**
 * Slurm integration: {@link dev.podium.slurm.ClusterReader} reads a live cluster ({@code scontrol show
 * topology}, {@code sinfo --json}, {@code squeue --json}) into a Fabric and a ClusterState, {@link
 * dev.podium.slurm.SlurmConfFiles} writes {@code topology.conf}, node and GRES lines from a Fabric, and
 * {@link dev.podium.slurm.GangPlanner}, {@link dev.podium.slurm.BatchRequest} and {@link
 * dev.podium.slurm.Submission} place a gang with a Podium policy and submit it with {@code sbatch} so
 * that rank r runs on the planned node and GPU. Tested against Slurm 22.05.
 */
package dev.podium.slurm;
