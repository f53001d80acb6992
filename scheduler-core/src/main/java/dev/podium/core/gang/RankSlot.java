package dev.podium.core.gang;

/**
 * Where one rank of a gang runs on a live cluster.
 *
 * @param rank the rank, innermost-first [TP, CP, PP, DP] as Podium orders them
 * @param node the host's name (a Slurm node, a Kubernetes node)
 * @param gpu the accelerator's index on the host (its position among the host's accelerators)
 */
public record RankSlot(int rank, String node, int gpu) {}
