package dev.podium.topology.json;

import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.json.FabricDocument.DomainEntry;
import dev.podium.topology.json.FabricDocument.LinkEntry;
import dev.podium.topology.json.FabricDocument.LinkModelEntry;
import dev.podium.topology.json.FabricDocument.VertexEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Fabric} into its {@link FabricDocument}. */
final class FabricEncoder {

  private FabricEncoder() {}

  /** The document of {@code fabric}; link models are listed in order of first use. */
  static FabricDocument encode(Fabric fabric) {
    int top = fabric.levelCount() - 1;
    List<String> levels = new ArrayList<>(top + 1);
    for (int level = 0; level <= top; level++) {
      levels.add(fabric.levels().get(level).name());
    }
    List<DomainEntry> domains = new ArrayList<>();
    for (int level = 1; level < top; level++) {
      for (int d = 0; d < fabric.domainCount(level); d++) {
        domains.add(new DomainEntry(levels.get(level), fabric.domainName(level, d), fabric.firstMember(level, d),
            fabric.memberCount(level, d)));
      }
    }
    List<VertexEntry> vertices = new ArrayList<>(fabric.vertexCount() - fabric.acceleratorCount());
    for (int v = fabric.acceleratorCount(); v < fabric.vertexCount(); v++) {
      SwitchModel model = fabric.switchModel(v);
      vertices.add(new VertexEntry(fabric.vertexName(v), WireNames.of(fabric.kind(v)), fabric.tier(v),
          levels.get(fabric.ownerLevel(v)), fabric.ownerDomain(v), model == null ? null : model.name()));
    }
    Map<LinkModelEntry, Integer> models = new LinkedHashMap<>();
    List<LinkEntry> links = new ArrayList<>(fabric.linkCount());
    for (int e = 0; e < fabric.linkCount(); e++) {
      LinkModel model = fabric.linkModel(e);
      LinkModelEntry entry = new LinkModelEntry(model.name(), model.gbpsPerDirection(), model.latencySeconds());
      Integer index = models.computeIfAbsent(entry, m -> models.size());
      links.add(new LinkEntry(fabric.linkSource(e), fabric.linkTarget(e), WireNames.of(fabric.linkKind(e)), index,
          fabric.linkLanes(e)));
    }
    return new FabricDocument(FabricDocument.FORMAT, fabric.name(), fabric.accelerator().name(), levels,
        levels.get(fabric.hostLevel()), domains, vertices, List.copyOf(models.keySet()), links);
  }
}
