package dev.podium.cli;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import dev.podium.topology.imports.FabricImports;
import dev.podium.topology.json.FabricJson;
import dev.podium.topology.spec.FabricSpecs;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command's fabric comes from: exactly one of a preset, a spec file or an imported file. */
final class FabricSource {

  @Option(names = "--preset", paramLabel = "NAME", description = "A built-in fabric (see 'podium presets').")
  String preset;

  @Option(names = "--spec", paramLabel = "FILE", description = "A fabric spec file (YAML or JSON, docs/TOPOLOGY.md).")
  Path spec;

  @Option(names = "--import", paramLabel = "FORMAT=FILE",
      description = "Import a fabric: lingjun-csv=FILE, nccl-xml=FILE, tiresias-csv=FILE or json=FILE.")
  String imported;

  Fabric load() throws java.io.IOException {
    if (preset != null) {
      return Presets.find(preset).build();
    }
    if (spec != null) {
      return FabricSpecs.load(spec);
    }
    int eq = imported.indexOf('=');
    if (eq <= 0 || eq == imported.length() - 1) {
      throw new IllegalArgumentException("--import expects FORMAT=FILE, got '" + imported + "'");
    }
    String format = imported.substring(0, eq);
    Path file = Path.of(imported.substring(eq + 1));
    return format.equals("json") ? FabricJson.read(file) : FabricImports.read(format, file);
  }
}
