package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import dev.podium.topology.generate.TorusPodGenerator;
import dev.podium.topology.generate.TorusPodSpec;
import dev.podium.topology.json.WireNames;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphExportersTest {

  @ParameterizedTest
  @ValueSource(strings = {"dgx-superpod-h100-2su", "gb200-nvl72-8", "torus-4"})
  void graphMlReimportsWithTheSameCountsAndAttributes(String name) throws IOException {
    Fabric fabric = fabric(name);
    StringWriter out = new StringWriter();
    new GraphMlExporter().write(fabric, out);

    Graph<String, DefaultEdge> graph = emptyGraph();
    Map<String, Map<String, String>> vertexAttributes = new HashMap<>();
    Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((key, value) ->
        vertexAttributes.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value.getValue()));
    importer.addEdgeAttributeConsumer((key, value) ->
        edgeAttributes.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value.getValue()));
    importer.importGraph(graph, new StringReader(out.toString()));

    assertThat(graph.vertexSet()).hasSize(fabric.vertexCount());
    assertThat(graph.edgeSet()).hasSize(fabric.linkCount());
    int host = fabric.hostVertex(0);
    assertThat(vertexAttributes.get("v" + host)).containsEntry("name", fabric.vertexName(host))
        .containsEntry("kind", "host").containsEntry("tier", "host").containsEntry("level", "host");
    int aSwitch = IntStream.range(0, fabric.vertexCount()).filter(v -> fabric.switchModel(v) != null).max().orElseThrow();
    assertThat(vertexAttributes.get("v" + aSwitch))
        .containsEntry("switchModel", fabric.switchModel(aSwitch).name())
        .containsEntry("tier", fabric.tier(aSwitch))
        .containsEntry("domain", fabric.domainName(fabric.ownerLevel(aSwitch), fabric.ownerDomain(aSwitch)));
    assertThat(vertexAttributes.get("v0")).containsEntry("kind", "accelerator").doesNotContainKey("switchModel");
    DefaultEdge first = graph.getAllEdges("v" + fabric.linkSource(0), "v" + fabric.linkTarget(0)).iterator().next();
    assertThat(edgeAttributes.get(first)).containsEntry("linkKind", WireNames.of(fabric.linkKind(0)))
        .containsEntry("linkModel", fabric.linkModel(0).name())
        .containsEntry("gbps", String.valueOf(fabric.linkModel(0).gbpsPerDirection()))
        .containsEntry("lanes", String.valueOf(fabric.linkLanes(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dgx-superpod-h100-2su", "torus-4"})
  void dotParsesBackWithTheSameCounts(String name) throws IOException {
    Fabric fabric = fabric(name);
    StringWriter out = new StringWriter();
    new DotExporter().write(fabric, out);

    Graph<String, DefaultEdge> graph = emptyGraph();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.addVertexAttributeConsumer((key, value) -> {
      if (key.getSecond().equals("label")) {
        labels.put(key.getFirst(), value.getValue());
      } else if (key.getSecond().equals("kind")) {
        kinds.put(key.getFirst(), value.getValue());
      }
    });
    importer.importGraph(graph, new StringReader(out.toString()));

    assertThat(out.toString()).startsWith("graph \"" + name + "\" {\n");
    assertThat(graph.vertexSet()).hasSize(fabric.vertexCount());
    assertThat(graph.edgeSet()).hasSize(fabric.linkCount());
    assertThat(labels).hasSize(fabric.vertexCount()).containsEntry("0", fabric.vertexName(0));
    assertThat(kinds.values().stream().filter("optical-switch"::equals).count())
        .isEqualTo(name.startsWith("torus") ? 48 : 0);
  }

  /** A preset, or {@code torus-4}: four 4x4x4 Ironwood cubes joined by their 48 OCSes. */
  private static Fabric fabric(String name) {
    return name.equals("torus-4")
        ? TorusPodGenerator.build(new TorusPodSpec(name, HardwareCatalog.TPU_7X, 4, 4, 4, HardwareCatalog.ICI_7X,
            HardwareCatalog.PCIE_GEN5_X16, HardwareCatalog.PALOMAR_OCS))
        : Presets.find(name).build();
  }

  private static Graph<String, DefaultEdge> emptyGraph() {
    return new Pseudograph<>(SupplierUtil.createStringSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
  }
}
