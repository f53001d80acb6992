package dev.podium.cli;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import picocli.CommandLine.Option;

/** Where a command's fabric comes from: exactly one of the options. */
final class FabricSource {

  @Option(names = "--preset", paramLabel = "NAME", required = true,
      description = "A built-in fabric (see 'podium presets').")
  String preset;

  Fabric load() {
    return Presets.find(preset).build();
  }
}
