package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the Philly job trace ({@code timestamp,duration,num_gpus,gpu_time,cluster}). A job's arrival
 * is its timestamp (UTC, {@code YYYY-MM-DD HH:MM:SS}) minus the earliest timestamp in the file (rows
 * are not sorted); its work is {@code Work.seconds(duration)}; its tenant is the virtual cluster; its
 * id is {@code philly-} and the line number. {@code gpu_time} must be a number and is not used.
 */
public final class PhillyReader {

  static final List<String> COLUMNS = List.of("timestamp", "duration", "num_gpus", "gpu_time", "cluster");

  private PhillyReader() {}

  /** Reads {@code file}; models are mapped with {@code seed} when the options say so. */
  public static Workload read(Path file, long seed, ReadOptions options) {
    CsvFile csv = CsvFile.read(file, false);
    Map<String, Integer> at = csv.columns(COLUMNS, List.of());
    int timestamp = at.get("timestamp");
    int duration = at.get("duration");
    int gpus = at.get("num_gpus");
    int gpuTime = at.get("gpu_time");
    int cluster = at.get("cluster");
    BadRows bad = new BadRows(csv.name(), options.skipBadRows());
    List<Row> rows = new ArrayList<>();
    csv.forEachRow(bad, row -> {
      long submit = epochSeconds(row.get(timestamp));
      double seconds = Fields.positive("duration", row.get(duration));
      int size = Fields.intValue("num_gpus", row.get(gpus), 1);
      Fields.nonNegative("gpu_time", row.get(gpuTime));
      String tenant = Fields.text("cluster", row.get(cluster));
      rows.add(new Row(row.line(), submit, seconds, size, tenant));
    });
    long first = Long.MAX_VALUE;
    for (Row r : rows) {
      first = Math.min(first, r.submit());
    }
    ModelMapping mapping = options.mapModels() ? ModelMapping.seeded(seed) : ModelMapping.off();
    List<JobSpec> jobs = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String id = padded("philly-", r.line());
      jobs.add(mapping.builder(id, r.gpus())
          .tenant(r.tenant())
          .submitSeconds(r.submit() - first)
          .work(Work.seconds(r.seconds()))
          .build());
    }
    return new Workload("philly", jobs, Provenance.of("philly trace " + file, Map.of(
        "reader", "philly", "seed", Long.toString(seed), "mapping", mapping.enabled() ? "on" : "off",
        "skipBadRows", Boolean.toString(options.skipBadRows()))), bad.skipped());
  }

  /** Seconds since the epoch of a UTC {@code YYYY-MM-DD HH:MM:SS}. */
  static long epochSeconds(String text) {
    if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      throw new RowException("timestamp: '" + text + "' is not YYYY-MM-DD HH:MM:SS");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (hour > 23 || minute > 59 || second > 59) {
      throw new RowException("timestamp: '" + text + "' has a time out of range");
    }
    try {
      return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
    } catch (DateTimeException e) {
      throw new RowException("timestamp: '" + text + "' is not a date: " + e.getMessage());
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new RowException("timestamp: '" + text + "' is not YYYY-MM-DD HH:MM:SS");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String padded(String prefix, long n) {
    String digits = Long.toString(n);
    return digits.length() >= 6 ? prefix + digits : prefix + "000000".substring(digits.length()) + digits;
  }

  private record Row(long line, long submit, double seconds, int gpus, String tenant) {}
}
