package dev.podium.topology.export;

import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.json.WireNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The vertex and edge attributes the graph exporters (DOT, GraphML) write, in a fixed order. Vertex
 * and edge attributes have distinct names because GraphML keys are declared by name.
 */
final class FabricAttributes {

  /** Vertex attribute names and types, in output order ({@code switchModel} only on switches). */
  static final Map<String, AttributeType> VERTEX = ordered(
      "name", AttributeType.STRING, "kind", AttributeType.STRING, "tier", AttributeType.STRING,
      "level", AttributeType.STRING, "domain", AttributeType.STRING, "switchModel", AttributeType.STRING);

  /** Edge attribute names and types, in output order; {@code gbps} is per lane and direction. */
  static final Map<String, AttributeType> EDGE = ordered(
      "linkKind", AttributeType.STRING, "linkModel", AttributeType.STRING, "gbps", AttributeType.DOUBLE,
      "lanes", AttributeType.INT);

  private FabricAttributes() {}

  /** Name, kind, tier, owner level and domain, and switch model of {@code vertex}. */
  static Map<String, Attribute> vertex(Fabric fabric, int vertex) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    int level = fabric.ownerLevel(vertex);
    attributes.put("name", DefaultAttribute.createAttribute(fabric.vertexName(vertex)));
    attributes.put("kind", DefaultAttribute.createAttribute(WireNames.of(fabric.kind(vertex))));
    attributes.put("tier", DefaultAttribute.createAttribute(fabric.tier(vertex)));
    attributes.put("level", DefaultAttribute.createAttribute(fabric.levels().get(level).name()));
    attributes.put("domain", DefaultAttribute.createAttribute(fabric.domainName(level, fabric.ownerDomain(vertex))));
    SwitchModel model = fabric.switchModel(vertex);
    if (model != null) {
      attributes.put("switchModel", DefaultAttribute.createAttribute(model.name()));
    }
    return attributes;
  }

  /** Kind, link model, rate per lane in Gb/s and lanes of {@code link}. */
  static Map<String, Attribute> edge(Fabric fabric, int link) {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("linkKind", DefaultAttribute.createAttribute(WireNames.of(fabric.linkKind(link))));
    attributes.put("linkModel", DefaultAttribute.createAttribute(fabric.linkModel(link).name()));
    attributes.put("gbps", DefaultAttribute.createAttribute(fabric.linkModel(link).gbpsPerDirection()));
    attributes.put("lanes", DefaultAttribute.createAttribute(fabric.linkLanes(link)));
    return attributes;
  }

  private static Map<String, AttributeType> ordered(Object... pairs) {
    Map<String, AttributeType> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (AttributeType) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
