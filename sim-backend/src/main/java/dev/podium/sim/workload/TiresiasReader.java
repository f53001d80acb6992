package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the Tiresias job list ({@code job_id,num_gpu,submit_time,iterations,model_name,duration,interval}).
 * Arrival is {@code submit_time}; the work is {@code Work.seconds(duration)}; the id is {@code job_id};
 * the tenant is {@code default}. {@code iterations} must be a positive integer and {@code model_name}
 * non-empty (a CNN name such as {@code vgg19}, not a model the step-time model knows); {@code interval}
 * repeats the gap between submits and must be a number. None of the three is used.
 */
public final class TiresiasReader {

  static final List<String> COLUMNS =
      List.of("job_id", "num_gpu", "submit_time", "iterations", "model_name", "duration", "interval");

  private TiresiasReader() {}

  /** Reads {@code file}; models are mapped with {@code seed} when the options say so. */
  public static Workload read(Path file, long seed, ReadOptions options) {
    CsvFile csv = CsvFile.read(file, false);
    Map<String, Integer> at = csv.columns(COLUMNS, List.of());
    BadRows bad = new BadRows(csv.name(), options.skipBadRows());
    ModelMapping mapping = options.mapModels() ? ModelMapping.seeded(seed) : ModelMapping.off();
    List<JobSpec> jobs = new ArrayList<>();
    UniqueIds ids = new UniqueIds();
    csv.forEachRow(bad, row -> {
      String id = Fields.text("job_id", row.get(at.get("job_id")));
      int gpus = Fields.intValue("num_gpu", row.get(at.get("num_gpu")), 1);
      double submit = Fields.nonNegative("submit_time", row.get(at.get("submit_time")));
      Fields.integer("iterations", row.get(at.get("iterations")), 1);
      Fields.text("model_name", row.get(at.get("model_name")));
      double duration = Fields.positive("duration", row.get(at.get("duration")));
      Fields.nonNegative("interval", row.get(at.get("interval")));
      JobSpec job = mapping.builder(id, gpus).submitSeconds(submit).work(Work.seconds(duration)).build();
      ids.claim(job.id(), row.line());
      jobs.add(job);
    });
    return new Workload("tiresias", jobs, Provenance.of("tiresias job list " + file, Map.of(
        "reader", "tiresias", "seed", Long.toString(seed), "mapping", mapping.enabled() ? "on" : "off",
        "skipBadRows", Boolean.toString(options.skipBadRows()))), bad.skipped());
  }
}
