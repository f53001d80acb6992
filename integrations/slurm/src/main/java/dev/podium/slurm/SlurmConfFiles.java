package dev.podium.slurm;

import dev.podium.topology.export.Hostlist;
import dev.podium.topology.export.SlurmTreeExporter;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Slurm configuration of a {@link Fabric}: {@code topology.conf} for {@code topology/tree} (one
 * switch per domain above the hosts, see {@link SlurmTreeExporter}), the {@code NodeName} lines for
 * {@code slurm.conf} ({@code Gres=gpu:<type>:<count>}, runs of nodes with the same count as one
 * hostlist) and the matching {@code gres.conf} lines ({@code File=/dev/nvidia[0-N]}).
 */
public final class SlurmConfFiles {

  /** The file names {@link #write} uses. */
  public static final String TOPOLOGY = "topology.conf";

  /** The node lines, for {@code Include} from {@code slurm.conf} or for pasting into it. */
  public static final String NODES = "nodes.conf";

  /** The GPU lines of {@code gres.conf}. */
  public static final String GRES = "gres.conf";

  private SlurmConfFiles() {}

  /** {@code topology.conf} for {@code TopologyPlugin=topology/tree}. */
  public static String topologyConf(Fabric fabric) {
    StringWriter out = new StringWriter();
    try {
      new SlurmTreeExporter().write(fabric, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The {@code NodeName=... Gres=gpu:<type>:<count>} lines, in the fabric's host order. */
  public static String nodeLines(Fabric fabric) {
    StringBuilder out = new StringBuilder();
    out.append("# slurm.conf node lines for fabric ").append(fabric.name()).append(", written by podium.\n");
    out.append("# Add each node's CPUs=, RealMemory= (or run slurmd -C); GresTypes=gpu must be set.\n");
    String type = GresType.of(fabric.accelerator());
    for (Run run : runs(fabric)) {
      out.append("NodeName=").append(Hostlist.compress(run.hosts())).append(" Gres=gpu:").append(type).append(':')
          .append(run.gpus()).append('\n');
    }
    return out.toString();
  }

  /** The {@code gres.conf} lines: {@code NodeName=... Name=gpu Type=<type> File=/dev/nvidia[0-N]}. */
  public static String gresConf(Fabric fabric) {
    StringBuilder out = new StringBuilder();
    out.append("# gres.conf for fabric ").append(fabric.name()).append(", written by podium.\n");
    String type = GresType.of(fabric.accelerator());
    for (Run run : runs(fabric)) {
      out.append("NodeName=").append(Hostlist.compress(run.hosts())).append(" Name=gpu Type=").append(type)
          .append(" File=/dev/nvidia").append(run.gpus() == 1 ? "0" : "[0-" + (run.gpus() - 1) + "]").append('\n');
    }
    return out.toString();
  }

  /** Writes {@link #TOPOLOGY}, {@link #NODES} and {@link #GRES} into {@code dir} (created if missing). */
  public static List<Path> write(Fabric fabric, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String[] file : new String[][] {{TOPOLOGY, topologyConf(fabric)}, {NODES, nodeLines(fabric)},
        {GRES, gresConf(fabric)}}) {
      Path path = dir.resolve(file[0]);
      Files.writeString(path, file[1], StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  /** Consecutive hosts with the same accelerator count. */
  private static List<Run> runs(Fabric fabric) {
    List<Run> runs = new ArrayList<>();
    int hostLevel = fabric.hostLevel();
    for (int host = 0; host < fabric.hostCount(); host++) {
      int gpus = fabric.memberCount(hostLevel, host);
      String name = fabric.domainName(hostLevel, host);
      if (runs.isEmpty() || runs.get(runs.size() - 1).gpus() != gpus) {
        runs.add(new Run(gpus, new ArrayList<>()));
      }
      runs.get(runs.size() - 1).hosts().add(name);
    }
    return runs;
  }

  private record Run(int gpus, List<String> hosts) {}
}
