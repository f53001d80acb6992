package dev.podium.sim.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point: loads a workload from a spec — {@code philly}, {@code pollux-N} (N = 1..8),
 * {@code tiresias}, {@code synthetic:KEY=VAL,...}, or a path to a {@code .csv} (its header tells
 * Philly, Pollux, Tiresias and generic apart), {@code .json} or {@code .jsonl} file. Named traces are
 * read from the {@link DataFolder}.
 */
public final class Workloads {

  private Workloads() {}

  /** Loads {@code spec} strictly, mapping trace jobs to models with {@code seed}. */
  public static Workload load(String spec, long seed) {
    return load(spec, seed, ReadOptions.defaults());
  }

  /** Loads {@code spec}; {@code seed} drives the model mapping and the synthetic generator. */
  public static Workload load(String spec, long seed, ReadOptions options) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("workload spec is empty; " + usage());
    }
    String s = spec.trim();
    if (s.equals("synthetic") || s.startsWith("synthetic:")) {
      return SyntheticWorkload.parse(s).generate(seed);
    }
    if (s.equals("philly")) {
      return PhillyReader.read(DataFolder.locate().resolve("traces/philly-2017.csv"), seed, options);
    }
    if (s.equals("tiresias")) {
      return TiresiasReader.read(DataFolder.locate().resolve("traces/tiresias-60-jobs.csv"), seed, options);
    }
    if (s.matches("pollux-\\d+")) {
      int n = Integer.parseInt(s.substring("pollux-".length()));
      if (n < 1 || n > 8) {
        throw new IllegalArgumentException("workload '" + s + "': Pollux workloads are numbered 1..8");
      }
      Path data = DataFolder.locate();
      return PolluxReader.read(data.resolve("traces/pollux-workloads/workload-" + n + ".csv"),
          data.resolve("profiles/pollux-placements"), seed, options);
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".csv") || lower.endsWith(".json") || lower.endsWith(".jsonl")) {
      return file(Path.of(s), seed, options);
    }
    throw new IllegalArgumentException("unknown workload '" + s + "'; " + usage());
  }

  private static Workload file(Path path, long seed, ReadOptions options) {
    if (!Files.isRegularFile(path)) {
      throw new WorkloadFormatException(path.toString(), 0, "no such file");
    }
    String lower = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".json") || lower.endsWith(".jsonl")) {
      return GenericJsonReader.read(path, options);
    }
    List<String> header = CsvFile.read(path, true).header();
    if (header.equals(PhillyReader.COLUMNS)) {
      return PhillyReader.read(path, seed, options);
    }
    if (header.equals(PolluxReader.COLUMNS)) {
      return PolluxReader.read(path, DataFolder.locate().resolve("profiles/pollux-placements"), seed, options);
    }
    if (header.equals(TiresiasReader.COLUMNS)) {
      return TiresiasReader.read(path, seed, options);
    }
    return GenericCsvReader.read(path, options);
  }

  private static String usage() {
    return "expected philly, pollux-1..pollux-8, tiresias, synthetic:KEY=VAL,... or a .csv/.json/.jsonl file";
  }
}
