package dev.podium.sim.workload;

import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoublePredicate;

/**
 * A seeded generator of LLM-era job mixes, configured by a spec such as {@code
 * synthetic:jobs=1000,arrival=poisson,meanInterarrival=300,sizes=rsc,tenants=4,work=seconds,seed=7}.
 * Arrivals are a Poisson process (exponential gaps, first job at 0) or evenly spaced; sizes and run
 * times come from a {@link JobSizeDistribution}; each job gets a model and a parallelism from {@link
 * ModelMapping}, and a tenant drawn uniformly. With {@code work=steps} the run time becomes steps at
 * an estimated step time: FLOPs per step / (GPUs x {@value #PEAK_FLOPS} x {@value #MFU}). With {@code
 * datasets=N} each job reads one of N datasets {@code dataset-0 .. dataset-(N-1)}, drawn with Zipf
 * popularity {@code 1 / (k + 1)^datasetSkew} from its own seeded stream. Every key is
 * optional and checked; keys and distributions are documented in {@code docs/WORKLOADS.md}.
 */
public final class SyntheticWorkload {

  /** Peak dense BF16 FLOP/s of the modelled GPU: H100 SXM, 989 TFLOPS (hardware.md §8). */
  public static final double PEAK_FLOPS = 989e12;
  /** Model FLOPs utilisation assumed for the step estimate: Llama 3 405B reached 38–43% (hardware.md §6). */
  public static final double MFU = 0.40;

  private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("jobs", "1000");
    DEFAULTS.put("arrival", "poisson");
    DEFAULTS.put("meanInterarrival", "300");
    DEFAULTS.put("sizes", "rsc");
    DEFAULTS.put("maxGpus", "4096");
    DEFAULTS.put("tenants", "4");
    DEFAULTS.put("work", "seconds");
    DEFAULTS.put("datasets", "0");
    DEFAULTS.put("datasetSkew", "1");
    DEFAULTS.put("seed", "");
  }

  private final String spec;
  private final int jobs;
  private final boolean poisson;
  private final double meanInterarrival;
  private final JobSizeDistribution sizes;
  private final int maxGpus;
  private final int tenants;
  private final boolean steps;
  private final int datasets;
  private final double datasetSkew;
  private final Long seed;

  private SyntheticWorkload(String spec, Map<String, String> values) {
    this.spec = spec;
    this.jobs = (int) whole(values, "jobs", 1, 10_000_000);
    this.poisson = choice(values, "arrival", "poisson", "constant").equals("poisson");
    this.meanInterarrival = positive(values, "meanInterarrival");
    choice(values, "sizes", "rsc");
    this.maxGpus = (int) whole(values, "maxGpus", 1, Integer.MAX_VALUE);
    try {
      this.sizes = JobSizeDistribution.rsc().capped(maxGpus);
    } catch (IllegalArgumentException e) {
      throw error("maxGpus", e.getMessage());
    }
    this.tenants = (int) whole(values, "tenants", 1, 1_000_000);
    this.steps = choice(values, "work", "seconds", "steps").equals("steps");
    this.datasets = (int) whole(values, "datasets", 0, 1_000_000);
    this.datasetSkew = nonNegative(values, "datasetSkew");
    this.seed = values.get("seed").isEmpty() ? null : whole(values, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Parses {@code synthetic:KEY=VAL,...} (the prefix is optional); errors name the key. */
  public static SyntheticWorkload parse(String spec) {
    String body = spec.startsWith("synthetic:") ? spec.substring("synthetic:".length())
        : spec.equals("synthetic") ? "" : spec;
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    java.util.Set<String> given = new java.util.HashSet<>();
    for (String part : body.split(",")) {
      String item = part.trim();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("synthetic workload '" + spec + "': '" + item + "' is not key=value");
      }
      String key = item.substring(0, eq).trim();
      if (!DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException("synthetic workload '" + spec + "': unknown key '" + key + "'; known: "
            + String.join(", ", DEFAULTS.keySet()));
      }
      if (!given.add(key)) {
        throw new IllegalArgumentException("synthetic workload '" + spec + "': key '" + key + "' given twice");
      }
      values.put(key, item.substring(eq + 1).trim());
    }
    return new SyntheticWorkload(spec, values);
  }

  /** The size distribution in use (after {@code maxGpus}). */
  public JobSizeDistribution sizes() {
    return sizes;
  }

  /** Generates the workload; the spec's {@code seed}, when given, overrides {@code defaultSeed}. */
  public Workload generate(long defaultSeed) {
    long s = seed != null ? seed : defaultSeed;
    SplittableRandom root = new SplittableRandom(s);
    SplittableRandom arrivals = root.split();
    SplittableRandom sizeDraws = root.split();
    SplittableRandom durations = root.split();
    SplittableRandom tenantDraws = root.split();
    ModelMapping mapping = ModelMapping.seeded(s);
    double[] popularity = datasets > 0 ? zipf(datasets, datasetSkew) : null;
    SplittableRandom datasetDraws = datasets > 0 ? root.split() : null;
    int width = Integer.toString(jobs - 1).length();
    List<JobSpec> list = new ArrayList<>(jobs);
    double t = 0;
    for (int i = 0; i < jobs; i++) {
      if (i > 0) {
        t += poisson ? -meanInterarrival * StrictMath.log(1.0 - arrivals.nextDouble()) : meanInterarrival;
      }
      JobSizeDistribution.SizeClass size = sizes.sample(sizeDraws);
      double seconds = sizes.sampleHours(size, durations) * 3600.0;
      String tenant = "tenant-" + (1 + tenantDraws.nextInt(tenants));
      String digits = Integer.toString(i);
      String id = "syn-" + "0".repeat(width - digits.length()) + digits;
      ModelMapping.Assignment a = mapping.assign(id, size.gpus());
      CommunicationPlan plan = CommunicationPlan.derive(a.parallelism(), a.model());
      Work work = steps ? Work.steps(stepsFor(seconds, plan.flopsPerStep(), size.gpus())) : Work.seconds(seconds);
      String dataset = popularity == null ? null : "dataset-" + draw(popularity, datasetDraws.nextDouble());
      list.add(JobSpec.builder(id, a.parallelism()).model(a.model()).plan(plan).tenant(tenant).submitSeconds(t)
          .work(work).dataset(dataset).build());
    }
    Map<String, String> parameters = new TreeMap<>();
    parameters.put("generator", "synthetic");
    parameters.put("jobs", Integer.toString(jobs));
    parameters.put("arrival", poisson ? "poisson" : "constant");
    parameters.put("meanInterarrival", Double.toString(meanInterarrival));
    parameters.put("sizes", "rsc");
    parameters.put("maxGpus", Integer.toString(maxGpus));
    parameters.put("tenants", Integer.toString(tenants));
    parameters.put("work", steps ? "steps" : "seconds");
    parameters.put("seed", Long.toString(s));
    if (datasets > 0) {
      parameters.put("datasets", Integer.toString(datasets));
      parameters.put("datasetSkew", Double.toString(datasetSkew));
    }
    return new Workload("synthetic", list, Provenance.of("synthetic generator " + spec, parameters),
        SkippedRows.none());
  }

  /** Cumulative Zipf weights: dataset {@code k} is drawn with weight {@code 1 / (k + 1)^skew}. */
  static double[] zipf(int n, double skew) {
    double[] cumulative = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += 1 / StrictMath.pow(k + 1, skew);
      cumulative[k] = total;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= total;
    }
    return cumulative;
  }

  /** The first index whose cumulative weight exceeds {@code u} in [0, 1). */
  static int draw(double[] cumulative, double u) {
    int k = java.util.Arrays.binarySearch(cumulative, u);
    int index = k >= 0 ? k + 1 : -k - 1;
    return Math.min(index, cumulative.length - 1);
  }

  /** Steps that take about {@code seconds} at the estimated step time; at least 1. */
  static long stepsFor(double seconds, double flopsPerStep, int gpus) {
    double stepSeconds = flopsPerStep / (gpus * PEAK_FLOPS * MFU);
    return Math.max(1, Math.round(seconds / stepSeconds));
  }

  private long whole(Map<String, String> values, String key, long min, long max) {
    String text = values.get(key);
    long n;
    try {
      n = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error(key, "'" + text + "' is not an integer");
    }
    if (n < min || n > max) {
      throw error(key, "must be in [" + min + ", " + max + "], was " + n);
    }
    return n;
  }

  private double positive(Map<String, String> values, String key) {
    return finite(values, key, "> 0", x -> x > 0);
  }

  private double nonNegative(Map<String, String> values, String key) {
    return finite(values, key, ">= 0", x -> x >= 0);
  }

  /** The number {@code values[key]}, which must be finite and pass {@code bound} (NaN passes none). */
  private double finite(Map<String, String> values, String key, String boundText, DoublePredicate bound) {
    String text = values.get(key);
    double x;
    try {
      x = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(key, "'" + text + "' is not a number");
    }
    if (!bound.test(x) || Double.isInfinite(x)) {
      throw error(key, "must be a finite number " + boundText + ", was " + text);
    }
    return x;
  }

  private String choice(Map<String, String> values, String key, String... allowed) {
    String text = values.get(key);
    for (String a : allowed) {
      if (a.equals(text)) {
        return a;
      }
    }
    throw error(key, "'" + text + "' is not one of " + String.join(", ", allowed));
  }

  private IllegalArgumentException error(String key, String reason) {
    return new IllegalArgumentException("synthetic workload '" + spec + "': " + key + ": " + reason);
  }
}
