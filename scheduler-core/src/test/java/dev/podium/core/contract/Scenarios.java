package dev.podium.core.contract;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of job shapes and scenarios for the contract kit. */
public final class Scenarios {

  /** Largest gang the generators make: fits the smallest kit fabric (248 accelerators) when empty. */
  public static final int MAX_GANG = 240;

  private static final String NO_MODEL = "";
  private static final List<String> MODELS =
      List.of(NO_MODEL, "llama3-8b", "llama3-70b", "gpt3-175b", "mixtral-8x7b", "deepseek-v3");

  private Scenarios() {}

  /**
   * Jobs of at most {@code maxSize} ranks: tp 1-8, cp 1-2, pp 1-4, any dp; a third without a model,
   * the rest with a preset model (batch fitted to dp, ep dividing dp for mixtures of experts).
   */
  public static Arbitrary<JobSpec> jobs(int maxSize) {
    Arbitrary<Integer> tp = Arbitraries.of(1, 2, 4, 8);
    Arbitrary<Integer> cp = Arbitraries.frequency(Tuple.of(4, 1), Tuple.of(1, 2));
    Arbitrary<Integer> pp = Arbitraries.of(1, 2, 4);
    Arbitrary<String> model = Arbitraries.frequency(
        Tuple.of(5, NO_MODEL), Tuple.of(2, MODELS.get(1)), Tuple.of(2, MODELS.get(2)), Tuple.of(2, MODELS.get(3)),
        Tuple.of(2, MODELS.get(4)), Tuple.of(2, MODELS.get(5)));
    Arbitrary<Integer> id = Arbitraries.integers().between(0, 999);
    return Combinators.combine(tp, cp, pp, model, id).flatAs((t, c, p, m, i) -> {
      int maxDp = Math.max(1, maxSize / (t * c * p));
      return Arbitraries.integers().between(1, maxDp).flatMap(dp ->
          Arbitraries.of(expertDegrees(m, dp)).map(ep -> job("job-" + i, new Parallelism(t, c, p, dp, ep), m)));
    });
  }

  /** Busy fabrics: occupancy 0-90%, usually no failures, jobs up to {@link #MAX_GANG}. */
  public static Arbitrary<Scenario> busy() {
    Arbitrary<Integer> failed = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 16)));
    Arbitrary<Integer> hosts = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 2)));
    return scenarios(Arbitraries.doubles().between(0, 0.9).ofScale(2), failed, hosts);
  }

  /** Fabrics with failures: 1-64 failed accelerators and 1-8 failed hosts, occupancy 0-60%. */
  public static Arbitrary<Scenario> failing() {
    return scenarios(Arbitraries.doubles().between(0, 0.6).ofScale(2), Arbitraries.integers().between(1, 64),
        Arbitraries.integers().between(1, 8));
  }

  /** Empty, healthy fabrics. */
  public static Arbitrary<Scenario> empty() {
    return scenarios(Arbitraries.just(0.0), Arbitraries.just(0), Arbitraries.just(0));
  }

  private static Arbitrary<Scenario> scenarios(Arbitrary<Double> occupancy, Arbitrary<Integer> failedAccelerators,
      Arbitrary<Integer> failedHosts) {
    return on(ContractFabrics.NAMES, occupancy, failedAccelerators, failedHosts, jobs(MAX_GANG));
  }

  /**
   * Scenarios on any of {@code fabrics} ({@link ContractFabrics#get} names) with these occupancies,
   * failure counts and jobs; load and failure seeds are arbitrary.
   */
  public static Arbitrary<Scenario> on(List<String> fabrics, Arbitrary<Double> occupancy,
      Arbitrary<Integer> failedAccelerators, Arbitrary<Integer> failedHosts, Arbitrary<JobSpec> jobs) {
    return Combinators.combine(Arbitraries.of(fabrics), occupancy, Arbitraries.longs(), failedAccelerators,
        failedHosts, Arbitraries.longs(), jobs).as(Scenario::new);
  }

  /** A job with this shape and, unless {@code model} is empty, the named preset with a fitting batch. */
  static JobSpec job(String id, Parallelism parallelism, String model) {
    JobSpec.Builder job = JobSpec.builder(id, parallelism);
    if (!model.equals(NO_MODEL)) {
      ModelSpec spec = ModelPresets.find(model);
      job.model(spec.withGlobalBatch(parallelism.dp() * spec.microBatchSequences() * 2 * parallelism.pp()));
    }
    return job.build();
  }

  private static List<Integer> expertDegrees(String model, int dp) {
    List<Integer> degrees = new ArrayList<>(List.of(1));
    if (!model.equals(NO_MODEL)) {
      int experts = ModelPresets.find(model).experts();
      for (int ep = 2; ep <= dp && ep <= experts; ep *= 2) {
        if (dp % ep == 0 && experts % ep == 0) {
          degrees.add(ep);
        }
      }
    }
    return degrees;
  }
}
