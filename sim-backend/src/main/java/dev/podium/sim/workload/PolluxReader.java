package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Pollux workload ({@code name,time,application,num_replicas,batch_size}). Arrival is {@code
 * time}; the gang is {@code num_replicas} GPUs; the id is {@code name}; the tenant is {@code default}.
 * The work is a duration, {@link PolluxApplication#steps} steps times the step time that {@link
 * PolluxProfile} finds in the application's measured profile.
 */
public final class PolluxReader {

  static final List<String> COLUMNS = List.of("name", "time", "application", "num_replicas", "batch_size");

  private PolluxReader() {}

  /**
   * Reads {@code file}, with step times from {@code profiles/<application>/}; models are mapped with
   * {@code seed} when the options say so.
   */
  public static Workload read(Path file, Path profiles, long seed, ReadOptions options) {
    CsvFile csv = CsvFile.read(file, false);
    Map<String, Integer> at = csv.columns(COLUMNS, List.of());
    BadRows bad = new BadRows(csv.name(), options.skipBadRows());
    ModelMapping mapping = options.mapModels() ? ModelMapping.seeded(seed) : ModelMapping.off();
    Map<String, PolluxProfile> loaded = new HashMap<>();
    List<JobSpec> jobs = new ArrayList<>();
    UniqueIds ids = new UniqueIds();
    csv.forEachRow(bad, row -> {
      String name = Fields.text("name", row.get(at.get("name")));
      double time = Fields.nonNegative("time", row.get(at.get("time")));
      String appName = Fields.text("application", row.get(at.get("application")));
      int replicas = Fields.intValue("num_replicas", row.get(at.get("num_replicas")), 1);
      int batch = Fields.intValue("batch_size", row.get(at.get("batch_size")), 1);
      PolluxApplication app = PolluxApplication.find(appName);
      if (app == null) {
        throw new RowException("unknown application '" + appName + "'; known: "
            + String.join(", ", PolluxApplication.names()));
      }
      PolluxProfile profile = loaded.computeIfAbsent(appName, k -> profile(profiles, k));
      double seconds = app.steps(batch) * profile.stepSeconds(app, replicas, batch);
      JobSpec job = mapping.builder(name, replicas).submitSeconds(time).work(Work.seconds(seconds)).build();
      ids.claim(job.id(), row.line());
      jobs.add(job);
    });
    String fileName = file.getFileName().toString();
    String name = fileName.matches("workload-\\d+\\.csv")
        ? "pollux-" + fileName.substring("workload-".length(), fileName.length() - 4)
        : fileName;
    return new Workload(name, jobs, Provenance.of("pollux workload " + file, Map.of(
        "reader", "pollux", "profiles", profiles.toString(), "seed", Long.toString(seed),
        "mapping", mapping.enabled() ? "on" : "off", "skipBadRows", Boolean.toString(options.skipBadRows()))),
        bad.skipped());
  }

  private static PolluxProfile profile(Path profiles, String app) {
    Path dir = profiles.resolve(app);
    if (!Files.isDirectory(dir)) {
      throw new WorkloadFormatException(dir.toString(), 0, "no Pollux profile for application '" + app + "'");
    }
    return PolluxProfile.load(dir);
  }
}
