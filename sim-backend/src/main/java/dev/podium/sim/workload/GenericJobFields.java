package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of the generic workload format, shared by its CSV and JSON forms. Required: {@code id},
 * {@code submit_seconds}, and exactly one of {@code steps} or {@code duration_seconds} per job.
 * Optional, with defaults: {@code tenant} ({@code default}), {@code priority} (0), {@code tp},
 * {@code cp}, {@code pp}, {@code dp}, {@code ep} (1 each), {@code model} (a preset name; none).
 */
final class GenericJobFields {

  static final List<String> REQUIRED = List.of("id", "submit_seconds");
  static final List<String> OPTIONAL =
      List.of("tenant", "priority", "tp", "cp", "pp", "dp", "ep", "model", "steps", "duration_seconds");
  static final List<String> ALL = List.of("id", "submit_seconds", "tenant", "priority", "tp", "cp", "pp", "dp", "ep",
      "model", "steps", "duration_seconds");

  private GenericJobFields() {}

  /** The job whose fields {@code value} returns (null or blank for absent). */
  static JobSpec job(Function<String, String> value) {
    String id = Fields.text("id", value.apply("id"));
    double submit = Fields.nonNegative("submit_seconds", value.apply("submit_seconds"));
    Parallelism parallelism = new Parallelism(degree(value, "tp"), degree(value, "cp"), degree(value, "pp"),
        degree(value, "dp"), degree(value, "ep"));
    JobSpec.Builder job = JobSpec.builder(id, parallelism).submitSeconds(submit);
    String tenant = value.apply("tenant");
    if (present(tenant)) {
      job.tenant(tenant.trim());
    }
    String priority = value.apply("priority");
    if (present(priority)) {
      job.priority(Fields.intValue("priority", priority, Integer.MIN_VALUE));
    }
    String model = value.apply("model");
    if (present(model)) {
      job.model(ModelPresets.find(model.trim()));
    }
    String steps = value.apply("steps");
    String seconds = value.apply("duration_seconds");
    if (present(steps) == present(seconds)) {
      throw new RowException("give exactly one of steps or duration_seconds");
    }
    job.work(present(steps) ? Work.steps(Fields.integer("steps", steps, 1))
        : Work.seconds(Fields.positive("duration_seconds", seconds)));
    return job.build();
  }

  private static int degree(Function<String, String> value, String key) {
    String text = value.apply(key);
    return present(text) ? Fields.intValue(key, text.trim(), 1) : 1;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
