package dev.podium.sim.workload;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives a job known only by its GPU count a model and a parallelism, by a documented rule and a
 * seeded choice (table in {@code docs/WORKLOADS.md}):
 *
 * <ul>
 *   <li>1–8 GPUs: {@code llama3-8b}, data-parallel inside one host (tp = pp = 1, dp = GPUs);
 *   <li>more: tp = the largest of 8, 4, 2, 1 dividing the GPU count; then a model drawn uniformly
 *       from a pool by size — 128–1,023 GPUs with tp = 8: {@code llama3-70b}, {@code gpt3-175b};
 *       1,024+ with tp = 8: {@code gpt3-175b}, {@code llama3-405b}, {@code deepseek-v3}; otherwise
 *       {@code llama3-8b}, {@code llama3-70b}, {@code mixtral-8x7b} with pp = 1;
 *   <li>pp = the largest power of two up to the model's cap (70B: 4, 175B: 8, 405B and DeepSeek-V3:
 *       16) dividing GPUs / tp; dp = the rest; a mixture of experts gets ep = the largest power of
 *       two up to 8 dividing both dp and its experts;
 *   <li>global batch = dp × max(pp, round(preset batch / dp)) sequences, so it divides by dp and
 *       every pipeline has at least pp micro-batches.
 * </ul>
 *
 * The draw for a job depends only on the seed and the job id, so the same seed gives the same
 * mapping whatever the order or number of jobs. Immutable and thread-safe.
 */
public final class ModelMapping {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final ModelSpec SMALL = ModelPresets.find("llama3-8b");
  private static final List<Candidate> MEDIUM = List.of(
      new Candidate("llama3-8b", 1), new Candidate("llama3-70b", 1), new Candidate("mixtral-8x7b", 1));
  private static final List<Candidate> LARGE = List.of(
      new Candidate("llama3-70b", 4), new Candidate("gpt3-175b", 8));
  private static final List<Candidate> HUGE = List.of(
      new Candidate("gpt3-175b", 8), new Candidate("llama3-405b", 16), new Candidate("deepseek-v3", 16));

  private final boolean enabled;
  private final long seed;

  private ModelMapping(boolean enabled, long seed) {
    this.enabled = enabled;
    this.seed = seed;
  }

  /** The mapping with this seed. */
  public static ModelMapping seeded(long seed) {
    return new ModelMapping(true, seed);
  }

  /** No mapping: jobs stay data-parallel with no model (and so no communication). */
  public static ModelMapping off() {
    return new ModelMapping(false, 0);
  }

  /** True unless this is {@link #off()}. */
  public boolean enabled() {
    return enabled;
  }

  /** The model (null when off) and parallelism for job {@code jobId} of {@code gpus} accelerators. */
  public Assignment assign(String jobId, int gpus) {
    if (gpus < 1) {
      throw new IllegalArgumentException("model mapping: job " + jobId + " has " + gpus + " GPUs; need >= 1");
    }
    if (!enabled) {
      return new Assignment(Parallelism.dataParallel(gpus), null);
    }
    if (gpus <= 8) {
      return new Assignment(Parallelism.dataParallel(gpus), batchFor(SMALL, gpus, 1));
    }
    int tp = largestPowerOfTwoDividing(gpus, 8);
    List<Candidate> pool = tp < 8 || gpus < 128 ? MEDIUM : gpus < 1024 ? LARGE : HUGE;
    Candidate pick = pool.get(new SplittableRandom(seed * GOLDEN + jobId.hashCode()).nextInt(pool.size()));
    ModelSpec model = ModelPresets.find(pick.name());
    int pp = largestPowerOfTwoDividing(gpus / tp, Math.min(pick.maxPp(), model.layers()));
    int dp = gpus / (tp * pp);
    int ep = 1;
    if (model.isMixtureOfExperts()) {
      ep = largestPowerOfTwoDividing(gcd(dp, model.experts()), 8);
    }
    return new Assignment(new Parallelism(tp, 1, pp, dp, ep), batchFor(model, dp, pp));
  }

  /** A builder for job {@code jobId} with the assigned parallelism and model. */
  public JobSpec.Builder builder(String jobId, int gpus) {
    Assignment a = assign(jobId, gpus);
    return JobSpec.builder(jobId, a.parallelism()).model(a.model());
  }

  private static ModelSpec batchFor(ModelSpec model, int dp, int pp) {
    long perReplica = Math.max(pp, Math.round((double) model.globalBatchSequences() / dp));
    long batch = dp * perReplica * model.microBatchSequences();
    if (batch > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("model mapping: global batch " + batch + " is too large for dp=" + dp);
    }
    return batch == model.globalBatchSequences() ? model : model.withGlobalBatch((int) batch);
  }

  private static int largestPowerOfTwoDividing(int n, int cap) {
    int p = 1;
    while (p * 2 <= cap && n % (p * 2) == 0) {
      p *= 2;
    }
    return p;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * What a job was given.
   *
   * @param parallelism gang shape, of the job's GPU count
   * @param model the model, or null when the mapping is off
   */
  public record Assignment(Parallelism parallelism, ModelSpec model) {}

  private record Candidate(String name, int maxPp) {}
}
