package dev.podium.core.cost;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.Dimension;

/**
 * The cost of one traffic entry of a plan under one placement.
 *
 * @param dimension the parallel dimension
 * @param collective the collective
 * @param groups number of groups
 * @param bytesPerLevel bytes per step between accelerators whose lowest common level is the index
 * @param groupsSpanning groups whose members lie in more than one domain of level index-1, per level
 *     index (index 0 unused)
 * @param seconds estimated time per step of the slowest group, all calls included
 */
public record TrafficCost(
    Dimension dimension,
    Collective collective,
    int groups,
    double[] bytesPerLevel,
    int[] groupsSpanning,
    double seconds) {}
