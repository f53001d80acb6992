package dev.podium.topology.spec;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.generate.Presets;

/**
 * {@code generator: preset}: a built-in fabric by its stable name, optionally renamed.
 *
 * @param preset preset name, e.g. {@code meta-24k-roce} (required; see {@link Presets})
 * @param name fabric name (default: the preset name)
 */
public record PresetFabricSpec(String preset, String name) implements FabricSpec {

  /** Checks that the preset exists. */
  public PresetFabricSpec {
    FieldChecks.name("preset", preset);
    try {
      Presets.find(preset);
    } catch (IllegalArgumentException e) {
      throw new FieldException("preset", e.getMessage());
    }
    name = name == null ? preset : FieldChecks.name("name", name);
  }

  @Override
  public Fabric build() {
    Fabric fabric = Presets.find(preset).build();
    return name.equals(preset) ? fabric : fabric.withName(name);
  }
}
