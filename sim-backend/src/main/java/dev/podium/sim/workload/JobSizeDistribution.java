package dev.podium.sim.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Gang sizes with their share of jobs, and a lognormal run time per size (median per size, shared
 * {@link #SIGMA}, cut at {@link #MAX_HOURS}). Immutable. The {@link #rsc()} table and how it matches
 * the published job-size skew are in {@code docs/WORKLOADS.md}.
 */
public final class JobSizeDistribution {

  /** Standard deviation of the log of a run time. */
  public static final double SIGMA = 0.75;
  /** Longest run time: RSC's maximum job lifetime of 7 days (hardware.md §2.2). */
  public static final double MAX_HOURS = 7 * 24;

  private final String name;
  private final List<SizeClass> classes;
  private final double[] cumulative;

  private JobSizeDistribution(String name, List<SizeClass> classes) {
    this.name = name;
    this.classes = List.copyOf(classes);
    if (this.classes.isEmpty()) {
      throw new IllegalArgumentException("size distribution " + name + ": no sizes");
    }
    double total = 0;
    for (SizeClass c : this.classes) {
      total += c.jobShare();
    }
    cumulative = new double[this.classes.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += this.classes.get(i).jobShare() / total;
      cumulative[i] = sum;
    }
    cumulative[cumulative.length - 1] = 1.0;
  }

  /**
   * Meta RSC-like sizes: 91% of jobs under 8 GPUs, 5% of GPU time in jobs of at most 8 GPUs, 256+ GPU
   * jobs 0.4% of jobs with 61% of GPU time, 4,096-GPU jobs 0.015% of jobs with 13% (expected values;
   * hardware.md §2.2).
   */
  public static JobSizeDistribution rsc() {
    return new JobSizeDistribution("rsc", List.of(
        new SizeClass(1, 0.600, 0.5),
        new SizeClass(2, 0.120, 0.75),
        new SizeClass(4, 0.190, 1.0),
        new SizeClass(8, 0.045, 2.0),
        new SizeClass(16, 0.016, 4.0),
        new SizeClass(32, 0.012, 6.0),
        new SizeClass(64, 0.008, 8.0),
        new SizeClass(128, 0.00495, 8.0),
        new SizeClass(256, 0.002, 8.0),
        new SizeClass(512, 0.001, 8.0),
        new SizeClass(1024, 0.0006, 8.0),
        new SizeClass(2048, 0.0003, 8.0),
        new SizeClass(4096, 0.00015, 8.0)));
  }

  /** This distribution without sizes above {@code maxGpus}, the other shares scaled up to sum to 1. */
  public JobSizeDistribution capped(int maxGpus) {
    List<SizeClass> kept = new ArrayList<>();
    for (SizeClass c : classes) {
      if (c.gpus() <= maxGpus) {
        kept.add(c);
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("size distribution " + name + ": no size is <= " + maxGpus + " GPUs");
    }
    return new JobSizeDistribution(name + " capped at " + maxGpus, kept);
  }

  /** Its name. */
  public String name() {
    return name;
  }

  /** The sizes, smallest first, with shares as given (see {@link #jobShare} for normalized ones). */
  public List<SizeClass> classes() {
    return classes;
  }

  /** A size class drawn by job share. */
  public SizeClass sample(SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return classes.get(i);
      }
    }
    return classes.get(classes.size() - 1);
  }

  /** A run time in hours for a job of class {@code c}: lognormal, cut at {@link #MAX_HOURS}. */
  public double sampleHours(SizeClass c, SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    double normal = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    return Math.min(MAX_HOURS, c.medianHours() * StrictMath.exp(SIGMA * normal));
  }

  /** Expected fraction of jobs with a size in {@code [minGpus, maxGpus]}. */
  public double jobShare(int minGpus, int maxGpus) {
    double in = 0;
    double all = 0;
    for (SizeClass c : classes) {
      all += c.jobShare();
      if (c.gpus() >= minGpus && c.gpus() <= maxGpus) {
        in += c.jobShare();
      }
    }
    return in / all;
  }

  /**
   * Expected fraction of GPU time spent by jobs with a size in {@code [minGpus, maxGpus]}, ignoring
   * the {@link #MAX_HOURS} cut (with these medians it removes far under 0.1% of any size's time).
   */
  public double gpuTimeShare(int minGpus, int maxGpus) {
    double in = 0;
    double all = 0;
    for (SizeClass c : classes) {
      double time = c.jobShare() * c.gpus() * c.medianHours();
      all += time;
      if (c.gpus() >= minGpus && c.gpus() <= maxGpus) {
        in += time;
      }
    }
    return in / all;
  }

  /**
   * One gang size.
   *
   * @param gpus accelerators per job
   * @param jobShare share of jobs, > 0 (shares are normalized over the distribution)
   * @param medianHours median run time
   */
  public record SizeClass(int gpus, double jobShare, double medianHours) {

    /** Checks the fields. */
    public SizeClass {
      if (gpus < 1 || !(jobShare > 0) || !(medianHours > 0)) {
        throw new IllegalArgumentException("size class: gpus >= 1, jobShare > 0 and medianHours > 0 needed, got "
            + gpus + ", " + jobShare + ", " + medianHours);
      }
    }
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobSizeDistribution other && name.equals(other.name) && classes.equals(other.classes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, classes);
  }
}
