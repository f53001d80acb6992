package dev.podium.benchmarks.report;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmarked preset's size, or why it does not build; the fabric tables take accelerator counts
 * and build failures from here, so they need not come from a measurement that may not have run.
 *
 * @param error the message of the exception the build threw, or null if it built
 */
public record PresetFacts(String preset, int accelerators, int vertices, int links, String error) {

  /** Whether the preset failed to build. */
  public boolean failed() {
    return error != null;
  }

  /** Builds each preset once, in this JVM. */
  static List<PresetFacts> collect(List<String> names) {
    List<PresetFacts> facts = new ArrayList<>();
    for (String name : names) {
      try {
        Fabric fabric = Presets.find(name).build();
        facts.add(new PresetFacts(name, fabric.acceleratorCount(), fabric.vertexCount(), fabric.linkCount(), null));
      } catch (RuntimeException e) {
        facts.add(new PresetFacts(name, 0, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return facts;
  }
}
