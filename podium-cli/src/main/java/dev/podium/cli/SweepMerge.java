package dev.podium.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.sim.report.Numbers;
import dev.podium.sim.report.ReportWriter;
import dev.podium.sim.report.RunJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a sweep's task results: one group per scenario (fabric and workload) and placement policy,
 * in task order, each figure the mean over the group's seeds ({@code null} when any seed has none).
 *
 * @param plan the sweep's tasks
 * @param groups the groups, in order of their first task
 */
record SweepMerge(SweepPlan plan, List<Group> groups) {

  /** The merged JSON file. */
  static final String JSON = "merged.json";
  /** The merged CSV file. */
  static final String CSV = "merged.csv";

  /** The summary figures merged, in summary.json order ({@code crossBytes} apart). */
  static final List<String> FIGURES = List.of("jobs", "completed", "rejected", "avgJctSeconds", "p50JctSeconds",
      "p90JctSeconds", "p99JctSeconds", "avgQueueingSeconds", "makespanSeconds", "utilization", "goodput", "ettr",
      "fragmentation", "preemptions", "interruptions", "events");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The runs of one scenario under one policy.
   *
   * @param scenario fabric and workload
   * @param fabric the fabric's label
   * @param workload the workload spec
   * @param policy the placement policy
   * @param tasks the task indexes, in seed order
   * @param seeds the seeds
   * @param mean the mean of each figure, {@code crossBytes} by level
   */
  record Group(String scenario, String fabric, String workload, String policy, List<Integer> tasks,
      List<Long> seeds, ObjectNode mean) {}

  /** A task that has no results: missing or failed, with why. */
  record Problem(SweepTask task, String reason) {

    /** One line naming the task and what is wrong. */
    String line() {
      return "task " + task.index() + " (" + task.scenario() + ", " + task.policy() + ", seed " + task.seed() + "): "
          + reason;
    }
  }

  /** The tasks of {@code dir} without results; empty when every task finished. */
  static List<Problem> problems(Path dir, SweepPlan plan) throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (SweepTask task : plan.tasks()) {
      Path failure = TaskResults.failure(dir, task);
      Path summary = TaskResults.folder(dir, task).resolve(ReportWriter.SUMMARY);
      if (Files.isRegularFile(summary)) {
        continue;
      }
      problems.add(new Problem(task, Files.isRegularFile(failure)
          ? "failed: " + Files.readString(failure).strip()
          : "missing: no " + summary));
    }
    return problems;
  }

  /** Reads every task's summary.json; call after {@link #problems} came back empty. */
  static SweepMerge read(Path dir, SweepPlan plan) throws IOException {
    Map<List<String>, List<SweepTask>> byGroup = new LinkedHashMap<>();
    for (SweepTask task : plan.tasks()) {
      byGroup.computeIfAbsent(List.of(task.scenario(), task.policy()), key -> new ArrayList<>()).add(task);
    }
    List<Group> groups = new ArrayList<>();
    for (List<SweepTask> tasks : byGroup.values()) {
      List<JsonNode> summaries = new ArrayList<>();
      for (SweepTask task : tasks) {
        Path file = TaskResults.folder(dir, task).resolve(ReportWriter.SUMMARY);
        try {
          summaries.add(MAPPER.readTree(file.toFile()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          throw new IllegalArgumentException(file + ": not a summary: " + e.getOriginalMessage());
        }
      }
      SweepTask first = tasks.get(0);
      groups.add(new Group(first.scenario(), first.fabric().label(), first.workload(), first.policy(),
          tasks.stream().map(SweepTask::index).toList(), tasks.stream().map(SweepTask::seed).toList(),
          mean(summaries)));
    }
    return new SweepMerge(plan, groups);
  }

  private static ObjectNode mean(List<JsonNode> summaries) {
    ObjectNode mean = JsonNodeFactory.instance.objectNode();
    for (String figure : FIGURES) {
      mean.set(figure, average(summaries.stream().map(s -> s.get(figure)).toList()));
    }
    ObjectNode bytes = mean.putObject("crossBytes");
    Set<String> levels = new LinkedHashSet<>();
    summaries.forEach(s -> s.get("crossBytes").fieldNames().forEachRemaining(levels::add));
    for (String level : levels) {
      bytes.set(level, average(summaries.stream().map(s -> s.get("crossBytes").get(level)).toList()));
    }
    return mean;
  }

  private static JsonNode average(List<JsonNode> values) {
    double sum = 0;
    for (JsonNode value : values) {
      if (value == null || !value.isNumber()) {
        return JsonNodeFactory.instance.nullNode();
      }
      sum += value.doubleValue();
    }
    return Numbers.json(sum / values.size());
  }

  /** {@code merged.json}: the sweep's name, task count and the groups. */
  ObjectNode json() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("name", plan.name());
    node.put("tasks", plan.tasks().size());
    ArrayNode array = node.putArray("groups");
    for (Group g : groups) {
      ObjectNode group = array.addObject();
      group.put("scenario", g.scenario());
      group.put("fabric", g.fabric());
      group.put("workload", g.workload());
      group.put("policy", g.policy());
      ArrayNode seeds = group.putArray("seeds");
      g.seeds().forEach(seeds::add);
      ArrayNode tasks = group.putArray("tasks");
      g.tasks().forEach(tasks::add);
      group.set("mean", g.mean());
    }
    return node;
  }

  /** {@code merged.csv}: one row per group; crossBytes columns for every level of any fabric, empty where absent. */
  String csv() {
    Set<String> levels = new LinkedHashSet<>();
    groups.forEach(g -> g.mean().get("crossBytes").fieldNames().forEachRemaining(levels::add));
    List<String> header = new ArrayList<>(List.of("fabric", "workload", "policy", "seeds"));
    header.addAll(FIGURES);
    levels.forEach(level -> header.add("crossBytes." + level));
    StringBuilder text = new StringBuilder();
    row(text, header);
    for (Group g : groups) {
      List<String> row = new ArrayList<>(List.of(g.fabric(), g.workload(), g.policy(),
          Integer.toString(g.seeds().size())));
      FIGURES.forEach(figure -> row.add(cell(g.mean().get(figure))));
      levels.forEach(level -> row.add(cell(g.mean().get("crossBytes").get(level))));
      row(text, row);
    }
    return text.toString();
  }

  /** Writes merged.json and merged.csv into {@code out}, creating it. */
  void write(Path out) throws IOException {
    Files.createDirectories(out);
    Files.write(out.resolve(JSON), RunJson.text(json()).getBytes(StandardCharsets.UTF_8));
    Files.write(out.resolve(CSV), csv().getBytes(StandardCharsets.UTF_8));
  }

  private static String cell(JsonNode value) {
    return value == null || value.isNull() ? "" : value.decimalValue().toPlainString();
  }

  private static void row(StringBuilder text, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
      text.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    text.append('\n');
  }
}
