package dev.podium.benchmarks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JMH's JSON result format ({@code -rf json}) into {@link JmhResult}s. Only the fields the
 * report uses are read; a missing or mistyped one is an error naming the source, the trial and the
 * field.
 */
public final class JmhResults {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JmhResults() {}

  /** The trials in {@code file}, in the order JMH ran them. */
  public static List<JmhResult> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** The trials in {@code json}; {@code source} names it in errors. */
  public static List<JmhResult> parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(source + ": expected JMH's JSON result array (-rf json)");
    }
    List<JmhResult> results = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      results.add(trial(root.get(i), source + ": trial " + i));
    }
    return results;
  }

  private static JmhResult trial(JsonNode node, String where) {
    String benchmark = text(node, "benchmark", where);
    String at = where + " (" + benchmark + ")";
    Map<String, String> params = new LinkedHashMap<>();
    JsonNode paramNode = node.path("params");
    if (!paramNode.isMissingNode()) {
      if (!paramNode.isObject()) {
        throw new IllegalArgumentException(at + ": field 'params' must be an object");
      }
      paramNode.properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    }
    JmhResult.Metric primary = metric(node.get("primaryMetric"), at, "primaryMetric");
    Map<String, JmhResult.Metric> secondary = new LinkedHashMap<>();
    JsonNode secondaryNode = node.path("secondaryMetrics");
    if (secondaryNode.isObject()) {
      secondaryNode.properties().forEach(e ->
          secondary.put(e.getKey(), metric(e.getValue(), at, "secondaryMetrics." + e.getKey())));
    }
    return new JmhResult(benchmark, text(node, "mode", at), params, primary, secondary);
  }

  private static JmhResult.Metric metric(JsonNode node, String where, String field) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' is missing or not an object");
    }
    double score = number(node, "score", where, field);
    double error = node.has("scoreError") ? number(node, "scoreError", where, field) : Double.NaN;
    Map<Double, Double> percentiles = new LinkedHashMap<>();
    JsonNode percentileNode = node.path("scorePercentiles");
    if (percentileNode.isObject()) {
      for (Map.Entry<String, JsonNode> e : percentileNode.properties()) {
        try {
          percentiles.put(Double.parseDouble(e.getKey()), number(percentileNode, e.getKey(), where,
              field + ".scorePercentiles"));
        } catch (NumberFormatException notAPercent) {
          throw new IllegalArgumentException(where + ": field '" + field + ".scorePercentiles' has key '"
              + e.getKey() + "', not a percent");
        }
      }
    }
    List<Double> samples = new ArrayList<>();
    JsonNode raw = node.path("rawData");
    if (raw.isArray()) {
      for (JsonNode fork : raw) {
        for (JsonNode value : fork) {
          samples.add(value.isNumber() ? value.doubleValue() : parseNumber(value.asText(), where, field + ".rawData"));
        }
      }
    }
    return new JmhResult.Metric(score, error, text(node, "scoreUnit", where + ", " + field), percentiles,
        List.copyOf(samples), samples.isEmpty() ? histogramCount(node.path("rawDataHistogram")) : samples.size());
  }

  /** Calls timed in sample-time mode: {@code rawDataHistogram} is fork, iteration, then [value, count] pairs. */
  private static long histogramCount(JsonNode histogram) {
    long count = 0;
    for (JsonNode fork : histogram) {
      for (JsonNode iteration : fork) {
        for (JsonNode bucket : iteration) {
          count += bucket.path(1).asLong();
        }
      }
    }
    return count;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' is missing or not a string");
    }
    return value.asText();
  }

  /** A number; JMH writes NaN and infinities as strings. */
  private static double number(JsonNode node, String field, String where, String parent) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException(where + ": field '" + parent + "." + field + "' is missing");
    }
    return value.isNumber() ? value.doubleValue() : parseNumber(value.asText(), where, parent + "." + field);
  }

  private static double parseNumber(String text, String where, String field) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": field '" + field + "' must be a number, was '" + text + "'");
    }
  }
}
