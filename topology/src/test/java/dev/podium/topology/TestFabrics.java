package dev.podium.topology;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Presets built once per test JVM and shared by the test classes (fabrics are immutable). */
public final class TestFabrics {

  private static final Map<String, Fabric> BUILT = new ConcurrentHashMap<>();

  private TestFabrics() {}

  /** The preset {@code name}, built on first use. */
  public static Fabric preset(String name) {
    return BUILT.computeIfAbsent(name, n -> Presets.find(n).build());
  }
}
