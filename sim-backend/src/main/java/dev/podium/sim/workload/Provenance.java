package dev.podium.sim.workload;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a workload came from: a file and its reader, or a generator, with the parameters used.
 *
 * @param source the file read or the generator, e.g. {@code philly trace /data/traces/philly-2017.csv}
 * @param parameters the parameters that shaped the jobs (seed, mapping, generator keys), sorted by key
 */
public record Provenance(String source, SortedMap<String, String> parameters) {

  /** Checks the source and copies the parameters. */
  public Provenance {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("provenance: source must be non-blank");
    }
    Objects.requireNonNull(parameters, "parameters");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /** A provenance with these parameters. */
  public static Provenance of(String source, Map<String, String> parameters) {
    return new Provenance(source, new TreeMap<>(parameters));
  }
}
