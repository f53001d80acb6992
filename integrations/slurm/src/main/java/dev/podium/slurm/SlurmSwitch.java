package dev.podium.slurm;

import java.util.List;

/**
 * One switch of Slurm's {@code topology/tree}, as {@code scontrol show topology} reports it.
 *
 * @param name the SwitchName
 * @param level Slurm's level: 0 for a leaf switch, one more than its highest child otherwise
 * @param nodes the nodes a leaf switch serves (empty above the leaves)
 * @param switches the child switches (empty for a leaf)
 * @param linkSpeed Slurm's LinkSpeed (unitless, unused by Slurm's scheduling)
 */
public record SlurmSwitch(String name, int level, List<String> nodes, List<String> switches, long linkSpeed) {

  /** Copies the lists. */
  public SlurmSwitch {
    nodes = List.copyOf(nodes);
    switches = List.copyOf(switches);
  }

  /** True when the switch serves nodes directly. */
  public boolean isLeaf() {
    return switches.isEmpty();
  }
}
