package dev.podium.topology.generate;

import dev.podium.topology.fabric.Fabric;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A named, stable fabric configuration.
 *
 * @param name stable name, e.g. {@code meta-24k-roce}
 * @param description one line: what it models and where its numbers come from
 * @param factory builds a new fabric on each call
 */
public record Preset(String name, String description, Supplier<Fabric> factory) {

  public Preset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(factory, "factory");
  }

  /** Builds the fabric. */
  public Fabric build() {
    return factory.get();
  }
}
