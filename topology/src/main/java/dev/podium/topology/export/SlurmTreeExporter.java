package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Slurm {@code topology.conf} for {@code TopologyPlugin=topology/tree}. Every locality domain above the
 * hosts becomes one Slurm switch named after the domain: the lowest level's switches list their hosts
 * ({@code Nodes=}), each higher level's switches list the switches of the level below ({@code
 * Switches=}), up to one switch for the whole fabric. A domain served by several physical switches (a
 * rail-optimized scalable unit with 8 leaves, a spine plane) is one switch here: Slurm's tree wants
 * one parent per node, and what matters to its placement is which nodes share a domain. Host names
 * are the Slurm NodeNames; lists are hostlist expressions ({@link Hostlist}). {@code LinkSpeed} is the
 * level's bandwidth per accelerator in Gb/s (Slurm does not use it).
 */
public final class SlurmTreeExporter implements FabricExporter {

  @Override
  public String format() {
    return "slurm-tree";
  }

  @Override
  public String description() {
    return "Slurm topology.conf for topology/tree: one switch per domain above the hosts, hostlist ranges";
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    int hostLevel = fabric.hostLevel();
    int top = fabric.levelCount() - 1;
    List<String> levelNames = new ArrayList<>();
    for (int level = hostLevel + 1; level <= top; level++) {
      levelNames.add(fabric.levels().get(level).name());
    }
    out.write("# Slurm topology.conf for TopologyPlugin=topology/tree, written by podium.\n");
    out.write("# Fabric " + fabric.name() + ": " + fabric.hostCount() + " nodes; one switch per "
        + String.join(", ", levelNames) + " domain, named after it.\n");
    out.write("# A domain served by several switches (rail-optimized leaves, spine planes) is one switch here.\n");
    out.write("# LinkSpeed: the level's bandwidth per accelerator in Gb/s.\n");
    SlurmNames names = new SlurmNames(format());
    for (int level = hostLevel + 1; level <= top; level++) {
      String key = level == hostLevel + 1 ? "Nodes" : "Switches";
      int childLevel = level == hostLevel + 1 ? hostLevel : level - 1;
      long linkSpeed = Math.round(fabric.levels().get(level).bandwidthBytesPerSecond() * 8 / 1e9);
      for (int d = 0; d < fabric.domainCount(level); d++) {
        String name = names.domain(fabric, level, d);
        List<String> children = ChildDomains.of(fabric, level, d, childLevel).names(fabric);
        out.write("SwitchName=" + name + " " + key + "=" + Hostlist.compress(children) + " LinkSpeed=" + linkSpeed
            + "\n");
      }
    }
    out.flush();
  }
}
