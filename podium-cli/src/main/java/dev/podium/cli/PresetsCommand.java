package dev.podium.cli;

import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podium presets}: the built-in fabrics, one line each. */
@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "Lists the built-in fabric presets, one line each.")
final class PresetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int width = Presets.all().stream().mapToInt(p -> p.name().length()).max().orElse(10);
    for (Preset preset : Presets.all()) {
      spec.commandLine().getOut().printf("%-" + width + "s  %s%n", preset.name(), preset.description());
    }
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().println(
        "Sized families take any valid size: dgx-superpod-h100-<n>su (1-8, 16, 32, 64), gb200-nvl72-<racks>.");
    return 0;
  }
}
