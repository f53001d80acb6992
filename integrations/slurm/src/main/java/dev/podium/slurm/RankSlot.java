package dev.podium.slurm;

/**
 * Where one rank of a gang runs.
 *
 * @param rank the rank, innermost-first [TP, CP, PP, DP] as Podium orders them
 * @param node the Slurm node
 * @param gpu the GPU's index on the node (its GRES index)
 */
public record RankSlot(int rank, String node, int gpu) {}
