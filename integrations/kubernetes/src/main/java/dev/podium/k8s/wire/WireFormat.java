package dev.podium.k8s.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.podium.k8s.cluster.KubePod;
import dev.podium.k8s.cluster.PodRef;
import dev.podium.k8s.cluster.ResourceCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads and writes kube-scheduler's extender JSON (Go's capitalised field names; like Go, field names are
 * matched without regard to case). Errors name the field and the reason.
 */
public final class WireFormat {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
  }

  private final String resource;

  /** A reader counting {@code resource} (e.g. {@code nvidia.com/gpu}) in pods' requests. */
  public WireFormat(String resource) {
    this.resource = resource;
  }

  /** Parses a filter or prioritize body. */
  public ExtenderArgs readArgs(byte[] body, String verb) {
    JsonNode root = parse(body, verb);
    JsonNode pod = field(root, "Pod");
    if (pod == null || pod.isNull()) {
      throw new WireException(verb + " request: field Pod: required");
    }
    JsonNode names = field(root, "NodeNames");
    if (names == null || names.isNull()) {
      JsonNode nodes = field(root, "Nodes");
      throw new WireException(verb + " request: field NodeNames: " + (nodes != null && !nodes.isNull()
          ? "missing while Nodes is given; set nodeCacheCapable: true in the extender's configuration"
          : "required (the candidate node names)"));
    }
    if (!names.isArray()) {
      throw new WireException(verb + " request: field NodeNames: expected an array of node names, got "
          + names.getNodeType());
    }
    List<String> nodeNames = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      nodeNames.add(text(names.get(i), "NodeNames[" + i + "]", verb, true));
    }
    return new ExtenderArgs(pod(pod, verb), nodeNames);
  }

  /** Parses a bind body. */
  public ExtenderBindingArgs readBinding(byte[] body) {
    JsonNode root = parse(body, "bind");
    String name = text(field(root, "PodName"), "PodName", "bind", true);
    String namespace = text(field(root, "PodNamespace"), "PodNamespace", "bind", true);
    String uid = text(field(root, "PodUID"), "PodUID", "bind", false);
    String node = text(field(root, "Node"), "Node", "bind", true);
    return new ExtenderBindingArgs(new PodRef(namespace, name, uid), node);
  }

  /** {@code value} as JSON bytes. */
  public static byte[] write(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The shared mapper, for tests and the load driver. */
  public static ObjectMapper mapper() {
    return JSON;
  }

  private KubePod pod(JsonNode pod, String verb) {
    if (!pod.isObject()) {
      throw new WireException(verb + " request: field Pod: expected an object, got " + pod.getNodeType());
    }
    JsonNode metadata = object(pod, "metadata", "Pod", verb);
    String name = text(metadata == null ? null : metadata.get("name"), "Pod.metadata.name", verb, true);
    String namespace = text(metadata.get("namespace"), "Pod.metadata.namespace", verb, false);
    PodRef ref = new PodRef(namespace.isEmpty() ? "default" : namespace, name,
        text(metadata.get("uid"), "Pod.metadata.uid", verb, false));
    Map<String, String> labels = strings(metadata.get("labels"), "Pod.metadata.labels", verb);
    Map<String, String> annotations = strings(metadata.get("annotations"), "Pod.metadata.annotations", verb);
    boolean terminating = metadata.hasNonNull("deletionTimestamp");
    JsonNode spec = object(pod, "spec", "Pod", verb);
    String nodeName = spec == null ? "" : text(spec.get("nodeName"), "Pod.spec.nodeName", verb, false);
    int gpus;
    try {
      gpus = ResourceCounts.podRequest(resource, containers(spec, "containers", verb),
          containers(spec, "initContainers", verb), "Pod.spec");
    } catch (IllegalArgumentException e) {
      throw new WireException(verb + " request: " + e.getMessage(), e);
    }
    return new KubePod(ref, nodeName, gpus, labels, annotations, terminating);
  }

  private static List<ResourceCounts.Container> containers(JsonNode spec, String key, String verb) {
    JsonNode list = spec == null ? null : spec.get(key);
    if (list == null || list.isNull()) {
      return List.of();
    }
    String field = "Pod.spec." + key;
    if (!list.isArray()) {
      throw new WireException(verb + " request: field " + field + ": expected an array, got " + list.getNodeType());
    }
    List<ResourceCounts.Container> containers = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String at = field + "[" + i + "]";
      JsonNode resources = list.get(i).get("resources");
      if (resources == null || resources.isNull()) {
        containers.add(new ResourceCounts.Container(Map.of(), Map.of()));
        continue;
      }
      containers.add(new ResourceCounts.Container(quantities(resources.get("requests"), at + ".resources.requests",
          verb), quantities(resources.get("limits"), at + ".resources.limits", verb)));
    }
    return containers;
  }

  private static Map<String, String> quantities(JsonNode node, String field, String verb) {
    return stringMap(node, field, verb, (value, at) -> {
      if (!value.isTextual() && !value.isNumber()) {
        throw new WireException(verb + " request: field " + at + ": expected a quantity, got " + value.getNodeType());
      }
      return value.asText();
    });
  }

  private static Map<String, String> strings(JsonNode node, String field, String verb) {
    return stringMap(node, field, verb, (value, at) -> text(value, at, verb, true));
  }

  /** An optional JSON object read into a map, each value read by {@code value(node, field[key])}. */
  private static Map<String, String> stringMap(JsonNode node, String field, String verb,
      BiFunction<JsonNode, String, String> value) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new WireException(verb + " request: field " + field + ": expected an object, got " + node.getNodeType());
    }
    Map<String, String> map = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      map.put(entry.getKey(), value.apply(entry.getValue(), field + "[" + entry.getKey() + "]"));
    }
    return map;
  }

  private static JsonNode object(JsonNode parent, String key, String where, String verb) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      if (key.equals("metadata")) {
        throw new WireException(verb + " request: field " + where + "." + key + ": required");
      }
      return null;
    }
    if (!node.isObject()) {
      throw new WireException(verb + " request: field " + where + "." + key + ": expected an object, got "
          + node.getNodeType());
    }
    return node;
  }

  private static String text(JsonNode node, String field, String verb, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        throw new WireException(verb + " request: field " + field + ": required");
      }
      return "";
    }
    if (!node.isTextual()) {
      throw new WireException(verb + " request: field " + field + ": expected a string, got " + node.getNodeType());
    }
    if (required && node.asText().isEmpty()) {
      throw new WireException(verb + " request: field " + field + ": must not be empty");
    }
    return node.asText();
  }

  /** The field {@code name} of {@code object}, matched like Go's encoding/json: exactly, else ignoring case. */
  private static JsonNode field(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equalsIgnoreCase(name)) {
        return object.get(key);
      }
    }
    return null;
  }

  private static JsonNode parse(byte[] body, String verb) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new WireException(verb + " request: malformed JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new WireException(verb + " request: cannot read the body: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new WireException(verb + " request: empty body; expected a JSON object");
    }
    if (!root.isObject()) {
      throw new WireException(verb + " request: expected a JSON object, got " + root.getNodeType());
    }
    return root;
  }
}
