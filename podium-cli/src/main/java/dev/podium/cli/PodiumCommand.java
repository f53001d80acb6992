package dev.podium.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code podium} command. */
@Command(
    name = "podium",
    mixinStandardHelpOptions = true,
    versionProvider = PodiumCommand.Version.class,
    description = "Places sharded AI training jobs on GPU/TPU fabrics and simulates the result.",
    subcommands = {PresetsCommand.class, TopologyCommand.class, PoliciesCommand.class, PlaceCommand.class,
        SimulateCommand.class, CompareCommand.class, SweepCommand.class, SweepTaskCommand.class, MergeCommand.class,
        SlurmCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class PodiumCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns its exit code; used by {@link #main} and tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new PodiumCommand());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
              || e instanceof dev.podium.k8s.cluster.ClusterException
              || e instanceof java.io.IOException || e instanceof IllegalStateException) {
            cmd.getErr().println("podium " + cmd.getCommandName() + ": " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return line.execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(out, err, args));
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PodiumCommand.class.getPackage().getImplementationVersion();
      return new String[] {"podium " + (version == null ? "dev" : version)};
    }
  }
}
