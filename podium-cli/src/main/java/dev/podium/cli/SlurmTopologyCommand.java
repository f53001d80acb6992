package dev.podium.cli;

import dev.podium.slurm.SlurmConfFiles;
import dev.podium.topology.fabric.Fabric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium slurm topology}: topology.conf, node lines and gres.conf for a fabric. */
@Command(name = "topology", mixinStandardHelpOptions = true,
    description = "Writes Slurm's topology.conf (topology/tree: one switch per domain above the hosts), the"
        + " slurm.conf node lines (Gres=gpu:<type>:<n>) and gres.conf lines for a fabric.")
final class SlurmTopologyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  FabricSource source;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write topology.conf, nodes.conf and gres.conf into DIR (default: all three to standard output).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Fabric fabric = source.load();
    if (out != null) {
      for (Path file : SlurmConfFiles.write(fabric, out)) {
        spec.commandLine().getErr().printf("wrote %s%n", file);
      }
      return 0;
    }
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("# ---- %s ----%n%s", SlurmConfFiles.TOPOLOGY, SlurmConfFiles.topologyConf(fabric));
    printer.printf("# ---- %s (slurm.conf) ----%n%s", SlurmConfFiles.NODES, SlurmConfFiles.nodeLines(fabric));
    printer.printf("# ---- %s ----%n%s", SlurmConfFiles.GRES, SlurmConfFiles.gresConf(fabric));
    printer.flush();
    return 0;
  }
}
