package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Slurm {@code topology.conf} for {@code TopologyPlugin=topology/block} (Slurm 23.11 and later): one
 * {@code BlockName=… Nodes=…} line per domain of the base-block level, by default the first level
 * above the hosts (a rack of Meta's cluster, a SuperPOD scalable unit, a TPU cube, a GB200 scalable
 * unit). {@code BlockSizes} starts with the smallest block's node count; each higher level whose
 * domains all hold the same power-of-two number {@code k} of blocks adds {@code k} times that base,
 * which is how Slurm pairs neighbouring blocks into larger ones.
 */
public final class SlurmBlockExporter implements FabricExporter {

  private final String levelName;

  /** Base blocks at the first level above the hosts. */
  public SlurmBlockExporter() {
    this.levelName = null;
  }

  /** Base blocks at the level named {@code levelName}, which must lie above the host level. */
  public SlurmBlockExporter(String levelName) {
    this.levelName = Objects.requireNonNull(levelName, "levelName");
  }

  @Override
  public String format() {
    return "slurm-block";
  }

  @Override
  public String description() {
    return "Slurm topology.conf for topology/block (23.11+): one block per domain of the first level above"
        + " the hosts, with BlockSizes";
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    int level = blockLevel(fabric);
    int hostLevel = fabric.hostLevel();
    out.write("# Slurm topology.conf for TopologyPlugin=topology/block (Slurm 23.11+), written by podium.\n");
    out.write("# Fabric " + fabric.name() + ": " + fabric.hostCount() + " nodes; one base block per "
        + fabric.levels().get(level).name() + ".\n");
    SlurmNames names = new SlurmNames(format());
    int smallest = Integer.MAX_VALUE;
    for (int d = 0; d < fabric.domainCount(level); d++) {
      ChildDomains hosts = ChildDomains.of(fabric, level, d, hostLevel);
      smallest = Math.min(smallest, hosts.count());
      out.write("BlockName=" + names.domain(fabric, level, d) + " Nodes=" + Hostlist.compress(hosts.names(fabric))
          + "\n");
    }
    out.write("BlockSizes=" + blockSizes(fabric, level, smallest).stream().map(String::valueOf)
        .collect(Collectors.joining(",")) + "\n");
    out.flush();
  }

  private int blockLevel(Fabric fabric) {
    if (levelName == null) {
      return fabric.hostLevel() + 1;
    }
    List<String> allowed = new ArrayList<>();
    for (int level = fabric.hostLevel() + 1; level < fabric.levelCount(); level++) {
      String name = fabric.levels().get(level).name();
      if (name.equals(levelName)) {
        return level;
      }
      allowed.add(name);
    }
    throw new IllegalArgumentException(format() + ": base-block level '" + levelName + "' is not a level above the"
        + " hosts of " + fabric.name() + "; choose one of " + allowed);
  }

  private static List<Integer> blockSizes(Fabric fabric, int level, int base) {
    List<Integer> sizes = new ArrayList<>(List.of(base));
    for (int above = level + 1; above < fabric.levelCount(); above++) {
      int blocks = ChildDomains.of(fabric, above, 0, level).count();
      boolean uniform = true;
      for (int d = 1; d < fabric.domainCount(above) && uniform; d++) {
        uniform = ChildDomains.of(fabric, above, d, level).count() == blocks;
      }
      long size = (long) base * blocks;
      if (uniform && blocks > 1 && Integer.bitCount(blocks) == 1 && size > sizes.get(sizes.size() - 1)
          && size <= Integer.MAX_VALUE) {
        sizes.add((int) size);
      }
    }
    return sizes;
  }
}
