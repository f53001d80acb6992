package dev.podium.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One fabric of a sweep, exactly one of a preset name, a spec file or an import ({@code FORMAT=FILE}),
 * as {@code podium simulate} takes them; files are absolute paths.
 *
 * @param preset a built-in fabric name, or null
 * @param spec a fabric spec file, or null
 * @param imported {@code FORMAT=FILE}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FabricRef(String preset, String spec, @JsonProperty("import") String imported) {

  /** A short name for tables: the preset, the spec file name or the import. */
  String label() {
    if (preset != null) {
      return preset;
    }
    if (spec != null) {
      return Path.of(spec).getFileName().toString();
    }
    return imported.substring(imported.indexOf('=') + 1).replaceAll(".*/", "");
  }

  /** Loads the fabric the way {@code --preset}, {@code --spec} or {@code --import} would. */
  Fabric load() throws IOException {
    return source().load();
  }

  /** The equivalent command line fabric source. */
  FabricSource source() {
    FabricSource source = new FabricSource();
    source.preset = preset;
    source.spec = spec == null ? null : Path.of(spec);
    source.imported = imported;
    return source;
  }
}
