package dev.podium.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.generate.Presets;
import dev.podium.topology.imports.FabricImports;
import dev.podium.topology.spec.SpecException;
import dev.podium.topology.spec.SpecLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a scenario grid file ({@code .json} as JSON, anything else as YAML). Every
 * problem is a {@link SpecException} reading {@code file:line: field: reason}; relative file paths in
 * the grid are resolved against the grid file's folder.
 */
final class GridReader {

  private static final List<String> FIELDS = List.of("name", "fabrics", "workloads", "policies", "seeds", "queue",
      "queueOptions", "failures", "checkpointInterval", "skipBadRows");
  private static final List<String> FABRIC_FIELDS = List.of("preset", "spec", "import");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private final String source;
  private final Path folder;
  private final ObjectMapper mapper;
  private final String text;

  private GridReader(String source, Path folder, ObjectMapper mapper, String text) {
    this.source = source;
    this.folder = folder;
    this.mapper = mapper;
    this.text = text;
  }

  /** Reads the grid in {@code file}. */
  static SweepGrid read(Path file) {
    String text = SpecLocator.readText(file);
    Path absolute = file.toAbsolutePath().normalize();
    String stem = absolute.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return read(text, file.toString(), absolute.getParent(), stem);
  }

  /** Reads the grid {@code text}; {@code source} names it in errors, relative paths resolve against {@code folder}. */
  static SweepGrid read(String text, String source, Path folder, String defaultName) {
    ObjectMapper mapper = source.toLowerCase(Locale.ROOT).endsWith(".json") ? new JsonMapper() : new YAMLMapper();
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new SpecException(source, at == null ? 0 : Math.max(0, at.getLineNr()), "",
          "syntax: " + e.getOriginalMessage(), e);
    }
    GridReader reader = new GridReader(source, folder, mapper, text);
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new SpecException(source, 0, "", "empty grid: expected a mapping with fabrics, workloads and policies",
          null);
    }
    return reader.grid(root, defaultName);
  }

  private SweepGrid grid(JsonNode root, String defaultName) {
    if (!root.isObject()) {
      throw fail("", "expected a mapping with fabrics, workloads and policies");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      if (!FIELDS.contains(field.getKey())) {
        throw fail(field.getKey(), "unknown field; known fields: " + String.join(", ", FIELDS));
      }
    }
    String name = root.has("name") ? text(root.get("name"), "name") : defaultName;
    if (!NAME.matcher(name).matches()) {
      throw fail(root.has("name") ? "name" : "", "name '" + name + "' must be 1-63 letters, digits, '.', '-' or '_',"
          + " starting with a letter or digit" + (root.has("name") ? "" : " (it defaults to the file name; set name)"));
    }
    List<FabricRef> fabrics = new ArrayList<>();
    List<JsonNode> fabricNodes = list(root, "fabrics", true);
    for (int i = 0; i < fabricNodes.size(); i++) {
      fabrics.add(fabric(fabricNodes.get(i), "fabrics[" + i + "]"));
    }
    unique(fabrics, "fabrics");
    List<String> workloads = new ArrayList<>();
    List<JsonNode> workloadNodes = list(root, "workloads", true);
    for (int i = 0; i < workloadNodes.size(); i++) {
      workloads.add(workload(workloadNodes.get(i), "workloads[" + i + "]"));
    }
    unique(workloads, "workloads");
    List<String> policies = new ArrayList<>();
    List<JsonNode> policyNodes = list(root, "policies", true);
    for (int i = 0; i < policyNodes.size(); i++) {
      String path = "policies[" + i + "]";
      String policy = text(policyNodes.get(i), path);
      check(path, () -> Policies.placement(policy, PolicyOptions.defaults()));
      policies.add(policy);
    }
    unique(policies, "policies");
    List<Long> seeds = new ArrayList<>();
    List<JsonNode> seedNodes = root.has("seeds") ? list(root, "seeds", true) : List.of();
    for (int i = 0; i < seedNodes.size(); i++) {
      JsonNode seed = seedNodes.get(i);
      if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
        throw fail("seeds[" + i + "]", "expected a whole number, was " + seed);
      }
      seeds.add(seed.longValue());
    }
    if (seeds.isEmpty()) {
      seeds.add(1L);
    }
    unique(seeds, "seeds");
    String queue = root.has("queue") ? text(root.get("queue"), "queue") : "fifo";
    check("queue", () -> Policies.queue(queue, PolicyOptions.defaults()));
    Map<String, String> queueOptions = queueOptions(root.get("queueOptions"));
    check("queueOptions", () -> Policies.queue(queue, new PolicyOptions(queueOptions, 1)));
    String failures = failures(root.get("failures"));
    String checkpoints = checkpoints(root.get("checkpointInterval"));
    boolean skipBadRows = false;
    if (root.has("skipBadRows")) {
      if (!root.get("skipBadRows").isBoolean()) {
        throw fail("skipBadRows", "expected true or false, was " + root.get("skipBadRows"));
      }
      skipBadRows = root.get("skipBadRows").booleanValue();
    }
    return new SweepGrid(name, fabrics, workloads, policies, seeds, queue, queueOptions, failures, checkpoints,
        skipBadRows);
  }

  private FabricRef fabric(JsonNode node, String path) {
    if (node.isTextual()) {
      String preset = text(node, path);
      check(path, () -> Presets.find(preset));
      return new FabricRef(preset, null, null);
    }
    if (!node.isObject() || node.size() != 1) {
      throw fail(path, "expected a preset name or a mapping with exactly one of preset, spec, import");
    }
    Map.Entry<String, JsonNode> only = node.properties().iterator().next();
    String key = only.getKey();
    String field = path + "." + key;
    if (!FABRIC_FIELDS.contains(key)) {
      throw fail(field, "unknown field; known fields: " + String.join(", ", FABRIC_FIELDS));
    }
    String value = text(only.getValue(), field);
    switch (key) {
      case "preset" -> {
        check(field, () -> Presets.find(value));
        return new FabricRef(value, null, null);
      }
      case "spec" -> {
        return new FabricRef(null, existing(value, field).toString(), null);
      }
      default -> {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
          throw fail(field, "expected FORMAT=FILE, was '" + value + "'");
        }
        String format = value.substring(0, eq);
        if (!format.equals("json") && !FabricImports.formats().contains(format)) {
          throw fail(field, "unknown format '" + format + "'; known: json, " + String.join(", ",
              FabricImports.formats()));
        }
        return new FabricRef(null, null, format + "=" + existing(value.substring(eq + 1), field));
      }
    }
  }

  private String workload(JsonNode node, String path) {
    String spec = text(node, path).trim();
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".json") || lower.endsWith(".jsonl")) {
      return existing(spec, path).toString();
    }
    if (spec.equals("philly") || spec.equals("tiresias") || spec.matches("pollux-[1-8]")) {
      return spec;
    }
    if (spec.equals("synthetic") || spec.startsWith("synthetic:")) {
      check(path, () -> Workloads.load(spec, 1));
      return spec;
    }
    throw fail(path, "unknown workload '" + spec + "'; expected philly, pollux-1..pollux-8, tiresias,"
        + " synthetic:KEY=VAL,... or a .csv/.json/.jsonl file");
  }

  private Map<String, String> queueOptions(JsonNode node) {
    Map<String, String> options = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return options;
    }
    if (!node.isObject()) {
      throw fail("queueOptions", "expected a mapping of option names to values");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw fail("queueOptions." + e.getKey(), "expected a single value (text or number)");
      }
      options.put(e.getKey(), e.getValue().asText());
    }
    return options;
  }

  private String failures(JsonNode node) {
    if (node == null) {
      return "none";
    }
    String value = text(node, "failures");
    if (value.equals("none") || value.equals("published")) {
      return value;
    }
    Path file = existing(value, "failures");
    check("failures", () -> FailureFile.read(file));
    return file.toString();
  }

  private String checkpoints(JsonNode node) {
    if (node == null) {
      return "3600";
    }
    if (node.isTextual() && node.textValue().equals("never")) {
      return "never";
    }
    if (!node.isNumber() || !(node.doubleValue() > 0) || !Double.isFinite(node.doubleValue())) {
      throw fail("checkpointInterval", "expected a number of seconds > 0 or never, was " + node);
    }
    return node.asText();
  }

  private List<JsonNode> list(JsonNode root, String field, boolean required) {
    JsonNode node = root.get(field);
    if (node == null) {
      if (required) {
        throw fail(field, "missing; expected a list with at least one entry");
      }
      return List.of();
    }
    if (!node.isArray() || node.isEmpty()) {
      throw fail(field, "expected a list with at least one entry, was " + (node.isArray() ? "[]" : node));
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private String text(JsonNode node, String path) {
    if (node == null || !(node.isTextual() || node.isNumber()) || node.asText().isBlank()) {
      throw fail(path, "expected text, was " + (node == null ? "nothing" : node));
    }
    return node.asText();
  }

  private Path existing(String value, String path) {
    Path file = folder == null ? Path.of(value) : folder.resolve(value);
    file = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw fail(path, "no such file " + file);
    }
    return file;
  }

  private <T> void unique(List<T> values, String path) {
    Set<T> seen = new LinkedHashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        throw fail(path + "[" + i + "]", "repeats an earlier entry");
      }
    }
  }

  private void check(String path, Check check) {
    try {
      check.run();
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      throw fail(path, e.getMessage());
    }
  }

  private SpecException fail(String path, String reason) {
    return new SpecException(source, SpecLocator.line(mapper, text, path), path, reason, null);
  }


  /** A validation that throws on a bad value. */
  private interface Check {
    void run() throws IOException;
  }
}
