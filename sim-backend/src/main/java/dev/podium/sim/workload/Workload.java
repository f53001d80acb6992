package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A list of jobs to submit, sorted by submit time then id, with where it came from and how many
 * malformed rows were skipped to build it.
 *
 * @param name short name, e.g. {@code philly} or {@code pollux-3}
 * @param jobs the jobs, sorted by {@link JobSpec#submitSeconds()} then {@link JobSpec#id()}; ids are unique
 * @param provenance source and parameters
 * @param skipped rows skipped as malformed
 */
public record Workload(String name, List<JobSpec> jobs, Provenance provenance, SkippedRows skipped) {

  /** Submit time, then id. */
  public static final Comparator<JobSpec> ORDER =
      Comparator.comparingDouble(JobSpec::submitSeconds).thenComparing(JobSpec::id);

  /** Checks the fields, sorts the jobs and rejects duplicate ids. */
  public Workload {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("workload: name must be non-blank");
    }
    Objects.requireNonNull(provenance, "workload " + name + ": provenance");
    Objects.requireNonNull(skipped, "workload " + name + ": skipped");
    List<JobSpec> sorted = new ArrayList<>(Objects.requireNonNull(jobs, "workload " + name + ": jobs"));
    sorted.sort(ORDER);
    Set<String> ids = new HashSet<>(sorted.size() * 2);
    for (JobSpec job : sorted) {
      if (!ids.add(job.id())) {
        throw new IllegalArgumentException("workload " + name + ": job id '" + job.id() + "' appears twice");
      }
    }
    jobs = List.copyOf(sorted);
  }

  /** Number of jobs. */
  public int size() {
    return jobs.size();
  }

  /** Counts, GPU-hours and the size histogram. */
  public WorkloadStats stats() {
    return WorkloadStats.of(jobs);
  }
}
