package dev.podium.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podium serve}: long-running services. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs a Podium service until stopped: k8s-extender, the kube-scheduler extender that places whole"
        + " gangs (docs/INTEGRATIONS.md).",
    subcommands = {ServeK8sExtenderCommand.class})
final class ServeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
