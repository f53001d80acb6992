package dev.podium.topology.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kubernetes objects that carry a fabric's locality, as one YAML stream for {@code kubectl apply
 * --server-side -f}: a Kueue {@code Topology} (Topology Aware Scheduling) whose levels are the node
 * labels {@code <prefix>/<level>} from the top level down, then {@code kubernetes.io/hostname}; Volcano
 * {@code HyperNode}s, one per domain above the hosts, tier 1 for the first level above the hosts, the
 * lowest tier listing its nodes by name and the others their child HyperNodes; and one {@code Node}
 * per host with a label {@code <prefix>/<level>: <domain>} for every level above the hosts. Host names
 * are the Kubernetes node names; domain names are the label values and HyperNode names, so they must
 * be valid there (the exporter says which one is not).
 */
public final class KubernetesLabelsExporter implements FabricExporter {

  /** The label prefix used unless another is given. */
  public static final String DEFAULT_PREFIX = "podium.dev";

  /** The kinds of object the stream holds. */
  public enum Part {
    /** A {@code kueue.x-k8s.io/v1beta1} {@code Topology} listing the label keys, top level first. */
    KUEUE_TOPOLOGY,
    /** {@code topology.volcano.sh/v1alpha1} {@code HyperNode}s, one per domain above the hosts. */
    VOLCANO_HYPERNODES,
    /** One {@code v1} {@code Node} per host carrying only the locality labels. */
    NODE_LABELS
  }

  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL_TEXT = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final String prefix;
  private final Set<Part> parts;

  /** Labels {@code podium.dev/<level>}, all parts. */
  public KubernetesLabelsExporter() {
    this(DEFAULT_PREFIX, EnumSet.allOf(Part.class));
  }

  /** Labels {@code <prefix>/<level>} (prefix a DNS subdomain such as {@code example.com}), the given parts. */
  public KubernetesLabelsExporter(String prefix, Set<Part> parts) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    if (prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
      throw new IllegalArgumentException("label prefix '" + prefix + "' is not a DNS subdomain");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("choose at least one part of " + EnumSet.allOf(Part.class));
    }
    this.parts = EnumSet.copyOf(parts);
  }

  @Override
  public String format() {
    return "k8s-labels";
  }

  @Override
  public String description() {
    return "Kubernetes YAML: node labels " + prefix + "/<level>, a Kueue TAS Topology and Volcano HyperNodes";
  }

  /** The label key of level {@code level}, e.g. {@code podium.dev/rack}. */
  public String labelKey(Fabric fabric, int level) {
    String name = fabric.levels().get(level).name();
    if (name.length() > 63 || !LABEL_TEXT.matcher(name).matches()) {
      throw new IllegalArgumentException(format() + ": level name '" + name + "' cannot be a label name");
    }
    return prefix + "/" + name;
  }

  @Override
  public void write(Fabric fabric, Writer out) throws IOException {
    int hostLevel = fabric.hostLevel();
    int top = fabric.levelCount() - 1;
    out.write("# Kubernetes locality of fabric " + fabric.name() + " (" + fabric.hostCount()
        + " nodes), written by podium.\n");
    out.write("# Apply with: kubectl apply --server-side --field-manager=podium -f <this file>\n");
    out.write("# Node names are the fabric's host names; server-side apply adds the labels to existing Nodes.\n");
    try (SequenceWriter documents = YAML.writer().writeValues(out)) {
      if (parts.contains(Part.KUEUE_TOPOLOGY)) {
        documents.write(kueueTopology(fabric, hostLevel, top));
      }
      if (parts.contains(Part.VOLCANO_HYPERNODES)) {
        for (int level = hostLevel + 1; level <= top; level++) {
          for (int d = 0; d < fabric.domainCount(level); d++) {
            documents.write(hyperNode(fabric, level, d));
          }
        }
      }
      if (parts.contains(Part.NODE_LABELS)) {
        for (int host = 0; host < fabric.hostCount(); host++) {
          documents.write(node(fabric, host));
        }
      }
    }
    out.flush();
  }

  /** The labels of host {@code host}, top level first. */
  public Map<String, String> labels(Fabric fabric, int host) {
    Map<String, String> labels = new LinkedHashMap<>();
    int accelerator = fabric.firstMember(fabric.hostLevel(), host);
    for (int level = fabric.levelCount() - 1; level > fabric.hostLevel(); level--) {
      labels.put(labelKey(fabric, level), labelValue(fabric, level, fabric.domainOf(accelerator, level)));
    }
    return labels;
  }

  private Map<String, Object> kueueTopology(Fabric fabric, int hostLevel, int top) {
    List<Object> levels = new ArrayList<>();
    for (int level = top; level > hostLevel; level--) {
      levels.add(map("nodeLabel", labelKey(fabric, level)));
    }
    levels.add(map("nodeLabel", "kubernetes.io/hostname"));
    return map("apiVersion", "kueue.x-k8s.io/v1beta1", "kind", "Topology",
        "metadata", map("name", objectName(fabric.name(), "fabric name")),
        "spec", map("levels", levels));
  }

  private Map<String, Object> hyperNode(Fabric fabric, int level, int domain) {
    int hostLevel = fabric.hostLevel();
    boolean lowest = level == hostLevel + 1;
    ChildDomains children = ChildDomains.of(fabric, level, domain, lowest ? hostLevel : level - 1);
    List<Object> members = new ArrayList<>(children.count());
    for (String child : children.names(fabric)) {
      members.add(map("type", lowest ? "Node" : "HyperNode",
          "selector", map("exactMatch", map("name", objectName(child, lowest ? "host name" : "domain name")))));
    }
    return map("apiVersion", "topology.volcano.sh/v1alpha1", "kind", "HyperNode",
        "metadata", map("name", objectName(fabric.domainName(level, domain), "domain name")),
        "spec", map("tier", level - hostLevel, "members", members));
  }

  private Map<String, Object> node(Fabric fabric, int host) {
    String name = objectName(fabric.domainName(fabric.hostLevel(), host), "host name");
    return map("apiVersion", "v1", "kind", "Node", "metadata", map("name", name, "labels", labels(fabric, host)));
  }

  private String labelValue(Fabric fabric, int level, int domain) {
    String value = fabric.domainName(level, domain);
    if (value.length() > 63 || !LABEL_TEXT.matcher(value).matches()) {
      throw new IllegalArgumentException(format() + ": " + fabric.levels().get(level).name() + " '" + value
          + "' cannot be a label value (at most 63 letters, digits, '-', '_', '.', alphanumeric at both ends)");
    }
    return value;
  }

  private String objectName(String name, String what) {
    if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      throw new IllegalArgumentException(format() + ": " + what + " '" + name + "' cannot be a Kubernetes object"
          + " name (lower-case letters, digits, '-' and '.')");
    }
    return name;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
