package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT via jgrapht-io: an undirected graph named after the fabric, vertex ids as node ids,
 * attributes {@code label} and those of {@link FabricAttributes}; parallel links stay parallel edges.
 */
public final class DotExporter implements FabricExporter {

  @Override
  public String format() {
    return "dot";
  }

  @Override
  public String description() {
    return "Graphviz DOT graph: vertices with name, kind, tier, owner level and domain; links with kind, Gb/s, lanes";
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    DOTExporter<Integer, Integer> exporter = new DOTExporter<>(String::valueOf);
    exporter.setGraphIdProvider(() -> '"' + fabric.name().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    exporter.setVertexAttributeProvider(v -> {
      Map<String, Attribute> attributes = FabricAttributes.vertex(fabric, v);
      Map<String, Attribute> labelled = new LinkedHashMap<>();
      labelled.put("label", DefaultAttribute.createAttribute(fabric.vertexName(v)));
      labelled.putAll(attributes);
      return labelled;
    });
    exporter.setEdgeAttributeProvider(e -> FabricAttributes.edge(fabric, e));
    PrintWriter printer = new PrintWriter(out);
    exporter.exportGraph(fabric.graph(), printer);
    if (printer.checkError()) {
      throw new IOException("writing the DOT graph of " + fabric.name() + " failed");
    }
  }
}
