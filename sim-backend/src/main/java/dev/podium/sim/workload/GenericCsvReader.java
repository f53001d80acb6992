package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the generic CSV workload: a header naming some of {@code id, submit_seconds, tenant, priority,
 * tp, cp, pp, dp, ep, model, steps, duration_seconds} in any order ({@code id}, {@code submit_seconds}
 * and one of {@code steps}/{@code duration_seconds} required; unknown columns rejected), then one job
 * per line. Blank cells take the default; lines starting with {@code #} are comments. Jobs are taken
 * as written: no model mapping.
 */
public final class GenericCsvReader {

  private GenericCsvReader() {}

  /** Reads {@code file}. */
  public static Workload read(Path file, ReadOptions options) {
    CsvFile csv = CsvFile.read(file, true);
    Map<String, Integer> at = csv.columns(GenericJobFields.REQUIRED, GenericJobFields.OPTIONAL);
    if (!at.containsKey("steps") && !at.containsKey("duration_seconds")) {
      throw new WorkloadFormatException(csv.name(), csv.headerLine(),
          "missing header column: need steps or duration_seconds");
    }
    BadRows bad = new BadRows(csv.name(), options.skipBadRows());
    UniqueIds ids = new UniqueIds();
    List<JobSpec> jobs = new ArrayList<>();
    csv.forEachRow(bad, row -> {
      JobSpec job = GenericJobFields.job(key -> at.containsKey(key) ? row.get(at.get(key)) : null);
      ids.claim(job.id(), row.line());
      jobs.add(job);
    });
    return new Workload(file.getFileName().toString(), jobs, Provenance.of("generic csv " + file, Map.of(
        "reader", "generic-csv", "skipBadRows", Boolean.toString(options.skipBadRows()))), bad.skipped());
  }
}
