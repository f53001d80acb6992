package dev.podium.core.job;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses a job request of comma-separated {@code key=value} pairs: {@code tp}, {@code cp}, {@code
 * pp}, {@code dp}, {@code ep} (default 1), {@code gpus} (must equal the product when given), {@code
 * model} (a preset name), {@code batch} (global batch in sequences, overriding the model's), {@code
 * steps}, {@code tenant}, {@code priority}, {@code id}.
 */
public final class JobRequests {

  private static final Set<String> KEYS =
      Set.of("tp", "cp", "pp", "dp", "ep", "gpus", "model", "batch", "steps", "tenant", "priority", "id");

  private JobRequests() {}

  /** Parses {@code request}; errors name the request, the key and the reason. */
  public static JobSpec parse(String request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : request.split(",")) {
      String trimmed = part.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (eq <= 0 || eq == trimmed.length() - 1) {
        throw error(request, trimmed, "expected key=value");
      }
      String key = trimmed.substring(0, eq).trim();
      if (!KEYS.contains(key)) {
        throw error(request, key, "unknown key; known: " + String.join(", ", new java.util.TreeSet<>(KEYS)));
      }
      if (fields.put(key, trimmed.substring(eq + 1).trim()) != null) {
        throw error(request, key, "given twice");
      }
    }
    try {
      Parallelism parallelism = new Parallelism(number(request, fields, "tp", 1), number(request, fields, "cp", 1),
          number(request, fields, "pp", 1), number(request, fields, "dp", 1), number(request, fields, "ep", 1));
      if (fields.containsKey("gpus") && number(request, fields, "gpus", 0) != parallelism.size()) {
        throw error(request, "gpus", "gpus=" + fields.get("gpus") + " but " + parallelism + " makes "
            + parallelism.size());
      }
      JobSpec.Builder job = JobSpec.builder(fields.getOrDefault("id", "job"), parallelism);
      if (fields.containsKey("model")) {
        ModelSpec model = ModelPresets.find(fields.get("model"));
        if (fields.containsKey("batch")) {
          model = model.withGlobalBatch(number(request, fields, "batch", 0));
        }
        job.model(model);
      } else if (fields.containsKey("batch")) {
        throw error(request, "batch", "needs a model");
      }
      if (fields.containsKey("steps")) {
        job.work(Work.steps(number(request, fields, "steps", 1)));
      }
      if (fields.containsKey("tenant")) {
        job.tenant(fields.get("tenant"));
      }
      if (fields.containsKey("priority")) {
        job.priority(number(request, fields, "priority", 0));
      }
      return job.build();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("job request '")) {
        throw e;
      }
      throw new IllegalArgumentException("job request '" + request + "': " + e.getMessage(), e);
    }
  }

  private static int number(String request, Map<String, String> fields, String key, int fallback) {
    String value = fields.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(request, key, "'" + value + "' is not an integer");
    }
  }

  private static IllegalArgumentException error(String request, String key, String reason) {
    return new IllegalArgumentException("job request '" + request + "': " + key + ": " + reason);
  }
}
