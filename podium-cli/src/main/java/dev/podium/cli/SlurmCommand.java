package dev.podium.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podium slurm}: Slurm's topology from a fabric, and gangs planned and submitted on a live cluster. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
    description = "Writes Slurm's topology.conf, node and GRES lines for a fabric; plans and submits gangs on the"
        + " live cluster SLURM_CONF names (docs/INTEGRATIONS.md).",
    subcommands = {SlurmTopologyCommand.class, SlurmPlanCommand.class, SlurmSubmitCommand.class})
final class SlurmCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
