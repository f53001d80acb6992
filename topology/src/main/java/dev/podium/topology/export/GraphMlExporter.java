package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML via jgrapht-io: node ids {@code v<id>}, edge ids {@code e<id>}, the attributes of {@link
 * FabricAttributes} declared as GraphML keys. jgrapht-io writes no graph-level data, so the fabric's
 * name is not in the file.
 */
public final class GraphMlExporter implements FabricExporter {

  @Override
  public String format() {
    return "graphml";
  }

  @Override
  public String description() {
    return "GraphML graph (yEd, Gephi, NetworkX): the same attributes as dot, declared as GraphML keys";
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(v -> "v" + v);
    exporter.setEdgeIdProvider(e -> "e" + e);
    for (Map.Entry<String, AttributeType> attribute : FabricAttributes.VERTEX.entrySet()) {
      exporter.registerAttribute(attribute.getKey(), AttributeCategory.NODE, attribute.getValue());
    }
    for (Map.Entry<String, AttributeType> attribute : FabricAttributes.EDGE.entrySet()) {
      exporter.registerAttribute(attribute.getKey(), AttributeCategory.EDGE, attribute.getValue());
    }
    exporter.setVertexAttributeProvider(v -> FabricAttributes.vertex(fabric, v));
    exporter.setEdgeAttributeProvider(e -> FabricAttributes.edge(fabric, e));
    exporter.exportGraph(fabric.graph(), out);
    out.flush();
  }
}
