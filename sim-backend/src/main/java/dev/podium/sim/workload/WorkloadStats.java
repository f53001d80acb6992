package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Summary of a workload. GPU-hours count only jobs whose work is a duration ({@code size x seconds});
 * jobs given in steps have no duration until simulated and are counted in {@code jobsInSteps}.
 *
 * @param jobs number of jobs
 * @param jobsInSteps jobs whose work is a number of steps
 * @param gpuHours accelerator-hours of the jobs given as durations
 * @param firstSubmitSeconds earliest submit time, 0 for an empty workload
 * @param lastSubmitSeconds latest submit time, 0 for an empty workload
 * @param sizeHistogram jobs per gang size
 * @param gpuHoursBySize accelerator-hours per gang size (duration jobs only)
 */
public record WorkloadStats(
    int jobs,
    int jobsInSteps,
    double gpuHours,
    double firstSubmitSeconds,
    double lastSubmitSeconds,
    SortedMap<Integer, Integer> sizeHistogram,
    SortedMap<Integer, Double> gpuHoursBySize) {

  /** Copies the maps. */
  public WorkloadStats {
    sizeHistogram = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(sizeHistogram)));
    gpuHoursBySize = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(gpuHoursBySize)));
  }

  /** The statistics of {@code jobs}. */
  public static WorkloadStats of(List<JobSpec> jobs) {
    SortedMap<Integer, Integer> sizes = new TreeMap<>();
    SortedMap<Integer, Double> hours = new TreeMap<>();
    int inSteps = 0;
    double total = 0;
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (JobSpec job : jobs) {
      sizes.merge(job.size(), 1, Integer::sum);
      first = Math.min(first, job.submitSeconds());
      last = Math.max(last, job.submitSeconds());
      if (job.work().isSteps()) {
        inSteps++;
      } else {
        double h = job.size() * job.work().seconds() / 3600.0;
        hours.merge(job.size(), h, Double::sum);
        total += h;
      }
    }
    return new WorkloadStats(jobs.size(), inSteps, total, jobs.isEmpty() ? 0 : first, jobs.isEmpty() ? 0 : last,
        sizes, hours);
  }

  /** Fraction of jobs whose size is in {@code [minGpus, maxGpus]}. */
  public double jobShare(int minGpus, int maxGpus) {
    if (jobs == 0) {
      return 0;
    }
    long n = 0;
    for (Map.Entry<Integer, Integer> e : sizeHistogram.entrySet()) {
      if (e.getKey() >= minGpus && e.getKey() <= maxGpus) {
        n += e.getValue();
      }
    }
    return (double) n / jobs;
  }

  /** Fraction of GPU-hours spent by jobs whose size is in {@code [minGpus, maxGpus]}. */
  public double gpuHoursShare(int minGpus, int maxGpus) {
    if (gpuHours == 0) {
      return 0;
    }
    double h = 0;
    for (Map.Entry<Integer, Double> e : gpuHoursBySize.entrySet()) {
      if (e.getKey() >= minGpus && e.getKey() <= maxGpus) {
        h += e.getValue();
      }
    }
    return h / gpuHours;
  }

  /** One line: jobs, GPU-hours, submit span and the size histogram. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(jobs).append(" jobs");
    if (jobsInSteps > 0) {
      text.append(" (").append(jobsInSteps).append(" in steps)");
    }
    text.append(String.format(java.util.Locale.ROOT, ", %.1f GPU-hours, submits %.0f..%.0f s, sizes",
        gpuHours, firstSubmitSeconds, lastSubmitSeconds));
    sizeHistogram.forEach((size, count) -> text.append(' ').append(size).append(':').append(count));
    return text.toString();
  }
}
