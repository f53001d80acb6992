package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.topology.generate.Preset;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium presets}: the built-in fabrics, one line each. */
@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "Lists the built-in fabric presets, one line each.")
final class PresetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array of {name, description}.")
  boolean json;

  /** One preset as {@code --json} prints it. */
  record Entry(String name, String description) {}

  @Override
  public Integer call() throws Exception {
    if (json) {
      List<Entry> entries = Presets.all().stream().map(p -> new Entry(p.name(), p.description())).toList();
      spec.commandLine().getOut().println(new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries));
      spec.commandLine().getOut().flush();
      return 0;
    }
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
