package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in exporters by format name, in a stable order. */
public final class Exporters {

  private static final Map<String, FabricExporter> BY_FORMAT = new LinkedHashMap<>();

  static {
    for (FabricExporter exporter : List.of(new DotExporter(), new GraphMlExporter(), new JsonExporter(),
        new SlurmTreeExporter(), new SlurmBlockExporter(), new KubernetesLabelsExporter())) {
      BY_FORMAT.put(exporter.format(), exporter);
    }
  }

  private Exporters() {}

  /** The format names: dot, graphml, json, slurm-tree, slurm-block, k8s-labels. */
  public static List<String> formats() {
    return List.copyOf(BY_FORMAT.keySet());
  }

  /** The exporter of {@code format}; throws {@link IllegalArgumentException} listing the known formats. */
  public static FabricExporter find(String format) {
    FabricExporter exporter = BY_FORMAT.get(format);
    if (exporter == null) {
      throw new IllegalArgumentException("unknown export format '" + format + "'; known: "
          + String.join(", ", BY_FORMAT.keySet()));
    }
    return exporter;
  }

  /** Writes {@code fabric} to {@code out} in {@code format} (see {@link #formats()}); does not close {@code out}. */
  public static void write(String format, Fabric fabric, Writer out) throws IOException {
    find(format).write(fabric, out);
  }
}
