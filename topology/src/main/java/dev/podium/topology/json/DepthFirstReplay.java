package dev.podium.topology.json;

import static dev.podium.topology.json.DocumentException.at;

import com.fasterxml.jackson.core.JsonPointer;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.fabric.VertexKind;
import dev.podium.topology.json.FabricDocument.DomainEntry;
import dev.podium.topology.json.FabricDocument.LinkEntry;
import dev.podium.topology.json.FabricDocument.LinkModelEntry;
import dev.podium.topology.json.FabricDocument.VertexEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rebuilds a {@link Fabric} from a {@link FabricDocument} through {@link FabricBuilder}. The locality
 * tree is walked depth first (close finished domains, open the next ones, add accelerators) and the
 * walk advances only as far as the next listed vertex needs: a host vertex is created by opening its
 * host, a switch is added as soon as its owning domain is open. Vertices therefore get the ids they
 * had, and every derived figure is recomputed by the builder.
 */
final class DepthFirstReplay {

  private final FabricDocument document;
  private List<String> levels;
  private int top;
  private int hostLevel;
  private int acceleratorCount;
  private int[][] first;
  private int[][] count;
  private String[][] names;
  private int[][] entry;
  private FabricBuilder builder;
  private int[] open;
  private int[] next;
  private int position;

  private DepthFirstReplay(FabricDocument document) {
    this.document = document;
  }

  /** The fabric {@code document} describes; throws {@link DocumentException} naming the bad field. */
  static Fabric replay(FabricDocument document) {
    return new DepthFirstReplay(document).build();
  }

  private Fabric build() {
    levels = document.levels();
    top = levels.size() - 1;
    hostLevel = levels.indexOf(document.hostLevel());
    if (hostLevel < 1 || hostLevel >= top) {
      throw new DocumentException(at("hostLevel"), "\"" + document.hostLevel()
          + "\" is not one of the levels strictly between the accelerator and the whole fabric: "
          + (top < 1 ? levels : levels.subList(1, top)));
    }
    AcceleratorModel accelerator = catalog(at("accelerator"), () -> HardwareCatalog.accelerator(document.accelerator()));
    try {
      builder = new FabricBuilder(document.name(), accelerator, levels, hostLevel);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new DocumentException(at("levels"), e.getMessage(), e);
    }
    indexDomains();
    open = new int[top + 1];
    next = new int[top + 1];
    Arrays.fill(open, -1);
    List<VertexEntry> vertices = document.vertices();
    int[] handles = new int[vertices.size()];
    for (int i = 0; i < handles.length; i++) {
      handles[i] = addVertex(i, vertices.get(i));
    }
    finishTree();
    addLinks(handles, linkModels());
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new DocumentException(JsonPointer.empty(), "the fabric is not valid: " + e.getMessage(), e);
    }
  }

  // ---- the tree ----

  private void indexDomains() {
    List<List<Integer>> perLevel = new ArrayList<>();
    for (int level = 0; level <= top; level++) {
      perLevel.add(new ArrayList<>());
    }
    List<DomainEntry> domains = document.domains();
    for (int i = 0; i < domains.size(); i++) {
      int level = levels.indexOf(domains.get(i).level());
      if (level < 1 || level >= top) {
        throw new DocumentException(at("domains", i, "level"), "\"" + domains.get(i).level()
            + "\" is not a level strictly between the accelerator and the whole fabric: " + levels.subList(1, top));
      }
      perLevel.get(level).add(i);
    }
    first = new int[top + 1][];
    count = new int[top + 1][];
    names = new String[top + 1][];
    entry = new int[top + 1][];
    acceleratorCount = -1;
    for (int level = 1; level < top; level++) {
      List<Integer> indices = perLevel.get(level);
      if (indices.isEmpty()) {
        throw new DocumentException(at("domains"), "no domain of level " + levels.get(level) + " is listed");
      }
      int n = indices.size();
      first[level] = new int[n];
      count[level] = new int[n];
      names[level] = new String[n];
      entry[level] = new int[n];
      int end = 0;
      for (int d = 0; d < n; d++) {
        int i = indices.get(d);
        DomainEntry domain = domains.get(i);
        if (domain.first() != end) {
          throw new DocumentException(at("domains", i, "first"), "expected " + end + ": the domains of a level"
              + " are listed in accelerator order and cover the accelerators without gaps or overlaps");
        }
        first[level][d] = end;
        count[level][d] = domain.count();
        names[level][d] = domain.name();
        entry[level][d] = i;
        end += domain.count();
      }
      if (acceleratorCount < 0) {
        acceleratorCount = end;
      } else if (end != acceleratorCount) {
        throw new DocumentException(at("domains", indices.get(n - 1)), "the domains of level " + levels.get(level)
            + " cover " + end + " accelerators, those of level " + levels.get(1) + " " + acceleratorCount);
      }
    }
  }

  private int end(int level, int domain) {
    return first[level][domain] + count[level][domain];
  }

  private boolean atEnd() {
    if (position < acceleratorCount) {
      return false;
    }
    for (int level = 1; level < top; level++) {
      if (open[level] >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The lowest open level whose domain ends here, or -1. */
  private int closableLevel() {
    for (int level = 1; level < top; level++) {
      if (open[level] >= 0 && end(level, open[level]) == position) {
        return level;
      }
    }
    return -1;
  }

  /** The highest closed level, whose next domain starts here, or -1 when all are open. */
  private int openableLevel() {
    for (int level = top - 1; level >= 1; level--) {
      if (open[level] < 0) {
        return level;
      }
    }
    return -1;
  }

  /** Performs the next step of the walk other than opening a host: close, open or add an accelerator. */
  private void step(int openable) {
    int closable = closableLevel();
    if (closable > 0) {
      builder.close(closable);
      open[closable] = -1;
    } else if (openable > 0) {
      openDomain(openable);
    } else {
      builder.addAccelerator();
      position++;
    }
  }

  private void openDomain(int level) {
    int domain = next[level]++;
    if (level + 1 < top && end(level, domain) > end(level + 1, open[level + 1])) {
      throw new DocumentException(at("domains", entry[level][domain]), levels.get(level) + " " + names[level][domain]
          + " reaches beyond " + levels.get(level + 1) + " " + names[level + 1][open[level + 1]]
          + " that holds its first accelerator");
    }
    builder.open(level, names[level][domain]);
    open[level] = domain;
  }

  private void finishTree() {
    while (!atEnd()) {
      int openable = closableLevel() > 0 ? -1 : openableLevel();
      if (openable == hostLevel) {
        throw new DocumentException(at("vertices"), "host " + names[hostLevel][next[hostLevel]]
            + " has no vertex entry: every host is listed, in tree order");
      }
      step(openable);
    }
  }

  // ---- vertices ----

  private int addVertex(int i, VertexEntry vertex) {
    VertexKind kind = parse(at("vertices", i, "kind"), VertexKind.class, vertex.kind(), "vertex kind");
    int level = levels.indexOf(vertex.level());
    if (level < 1) {
      throw new DocumentException(at("vertices", i, "level"), "\"" + vertex.level()
          + "\" is not a level that owns vertices: " + levels.subList(1, top + 1));
    }
    int domains = level == top ? 1 : names[level].length;
    if (vertex.domain() >= domains) {
      throw new DocumentException(at("vertices", i, "domain"), "level " + vertex.level() + " has " + domains
          + " domain" + (domains == 1 ? "" : "s") + ", numbered from 0");
    }
    return switch (kind) {
      case HOST -> addHost(i, vertex, level);
      case SWITCH, OPTICAL_SWITCH -> addSwitch(i, vertex, kind, level);
      case ACCELERATOR -> throw new DocumentException(at("vertices", i, "kind"),
          "accelerators are not listed: they are the domains' members, ids 0 to " + (acceleratorCount - 1));
    };
  }

  private int addHost(int i, VertexEntry vertex, int level) {
    if (level != hostLevel) {
      throw new DocumentException(at("vertices", i, "level"), "a host is owned by its " + levels.get(hostLevel));
    }
    String expected = names[hostLevel][vertex.domain()];
    if (!vertex.name().equals(expected)) {
      throw new DocumentException(at("vertices", i, "name"), "a host vertex is named after its host, \"" + expected + "\"");
    }
    if (!"host".equals(vertex.tier())) {
      throw new DocumentException(at("vertices", i, "tier"), "a host's tier is \"host\"");
    }
    if (vertex.model() != null) {
      throw new DocumentException(at("vertices", i, "model"), "a host has no switch model");
    }
    while (true) {
      if (atEnd()) {
        throw new DocumentException(at("vertices", i), "host " + expected + " is listed twice or out of tree order");
      }
      int openable = closableLevel() > 0 ? -1 : openableLevel();
      if (openable == hostLevel) {
        if (next[hostLevel] != vertex.domain()) {
          throw new DocumentException(at("vertices", i, "domain"), "hosts are listed in tree order: expected the"
              + " vertex of host " + names[hostLevel][next[hostLevel]] + " (domain " + next[hostLevel] + ") here");
        }
        openDomain(hostLevel);
        return builder.currentHost();
      }
      step(openable);
    }
  }

  private int addSwitch(int i, VertexEntry vertex, VertexKind kind, int level) {
    SwitchModel model = vertex.model() == null ? null
        : catalog(at("vertices", i, "model"), () -> HardwareCatalog.switchModel(vertex.model()));
    if (kind == VertexKind.OPTICAL_SWITCH && !"ocs".equals(vertex.tier())) {
      throw new DocumentException(at("vertices", i, "tier"), "an optical switch's tier is \"ocs\"");
    }
    while (level < top && open[level] != vertex.domain()) {
      if (next[level] > vertex.domain()) {
        throw new DocumentException(at("vertices", i), vertex.name() + " is out of tree order: its "
            + levels.get(level) + " " + names[level][vertex.domain()] + " was closed before it is listed");
      }
      int openable = closableLevel() > 0 ? -1 : openableLevel();
      if (openable == hostLevel) {
        throw new DocumentException(at("vertices", i), vertex.name() + " is out of tree order: host "
            + names[hostLevel][next[hostLevel]] + " comes first");
      }
      step(openable);
    }
    return kind == VertexKind.SWITCH
        ? builder.addSwitch(level, vertex.tier(), model, vertex.name())
        : builder.addOpticalSwitch(level, model, vertex.name());
  }

  // ---- links ----

  private List<LinkModel> linkModels() {
    List<LinkModelEntry> entries = document.linkModels();
    List<LinkModel> models = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      LinkModelEntry e = entries.get(i);
      LinkModel base = catalog(at("linkModels", i, "key"), () -> HardwareCatalog.link(e.key()));
      models.add(base.gbpsPerDirection() == e.gbps() && base.latencySeconds() == e.latencySeconds() ? base
          : new LinkModel(base.name(), base.description(), e.gbps(), e.latencySeconds(), base.source()));
    }
    return models;
  }

  private void addLinks(int[] handles, List<LinkModel> models) {
    int vertexCount = acceleratorCount + handles.length;
    List<LinkEntry> links = document.links();
    for (int e = 0; e < links.size(); e++) {
      LinkEntry link = links.get(e);
      int source = handle(at("links", e, "source"), link.source(), vertexCount, handles);
      int target = handle(at("links", e, "target"), link.target(), vertexCount, handles);
      LinkKind kind = parse(at("links", e, "kind"), LinkKind.class, link.kind(), "link kind");
      if (link.model() >= models.size()) {
        throw new DocumentException(at("links", e, "model"), "there are " + models.size()
            + " link models, numbered from 0");
      }
      try {
        builder.link(source, target, kind, models.get(link.model()), link.lanes());
      } catch (IllegalArgumentException ex) {
        throw new DocumentException(at("links", e), ex.getMessage(), ex);
      }
    }
  }

  private int handle(JsonPointer pointer, int vertex, int vertexCount, int[] handles) {
    if (vertex >= vertexCount) {
      throw new DocumentException(pointer, "no vertex " + vertex + ": the fabric has " + vertexCount
          + " vertices (accelerators 0 to " + (acceleratorCount - 1) + ", then the listed vertices)");
    }
    return vertex < acceleratorCount ? vertex : handles[vertex - acceleratorCount];
  }

  private static <E extends Enum<E>> E parse(
      JsonPointer pointer, Class<E> type, String name, String what) {
    try {
      return WireNames.parse(type, name, what);
    } catch (IllegalArgumentException e) {
      throw new DocumentException(pointer, e.getMessage(), e);
    }
  }

  private static <T> T catalog(JsonPointer pointer, Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (IllegalArgumentException e) {
      throw new DocumentException(pointer, e.getMessage(), e);
    }
  }
}
