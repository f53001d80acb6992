package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of any run: small random workloads (with and without models, steps or durations,
 * priorities, tenants) on one- and two-SU SuperPODs, under every built-in placement policy, the
 * three queue policies, with and without failures.
 */
class SimulationPropertiesTest {

  private static final List<String> PLACEMENT = List.of("topology-aware", "first-fit", "random", "slurm-tree",
      "slurm-block", "kueue-tas-bestfit", "volcano-hypernode");
  private static final List<String> QUEUES = List.of("fifo", "priority", "fair-share");

  /** One generated job. */
  record Shape(int tp, int dp, boolean model, boolean steps, int work, int submit, int priority, int tenant) {}

  /** One generated run. */
  record Case(String fabric, String placement, String queue, boolean failures, long seed, List<Shape> jobs) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Shape> shape = Combinators.combine(
        Arbitraries.of(1, 2, 4, 8),
        Arbitraries.integers().between(1, 16).withDistribution(RandomDistribution.uniform()),
        Arbitraries.of(true, false),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 20_000).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(0, 4_000).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(1, 3)).as(Shape::new);
    return Combinators.combine(
        Arbitraries.of("dgx-superpod-h100-1su", "dgx-superpod-h100-2su"),
        Arbitraries.of(PLACEMENT),
        Arbitraries.of(QUEUES),
        Arbitraries.of(true, false),
        Arbitraries.longs().between(0, 1_000),
        shape.list().ofMinSize(1).ofMaxSize(40).withSizeDistribution(RandomDistribution.uniform())).as(Case::new);
  }

  private static List<JobSpec> jobs(List<Shape> shapes) {
    List<JobSpec> jobs = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      JobSpec.Builder builder = JobSpec.builder(String.format("j%02d", i), new Parallelism(s.tp(), 1, 1, s.dp(), 1))
          .submitSeconds(s.submit()).priority(s.priority()).tenant("t" + s.tenant());
      if (s.model()) {
        builder.model(ModelPresets.find("llama3-8b").withGlobalBatch(8 * s.dp()));
      }
      // a step of Llama 3 8B takes seconds: keep step jobs to a few hundred steps
      jobs.add(builder.work(s.steps() ? Work.steps(1 + s.work() / 50) : Work.seconds(s.work())).build());
    }
    return jobs;
  }

  @Property(tries = 150, seed = "20261126")
  void everyRunKeepsItsBooks(@ForAll("cases") Case c) {
    Fabric fabric = fabric(c.fabric());
    List<JobSpec> jobs = jobs(c.jobs());
    SimulationConfig config = SimulationConfig.of(fabric, workload(jobs), c.placement(), c.seed())
        .withQueue(c.queue(), PolicyOptions.defaults());
    if (c.failures()) {
      config = config.withFailures(new FailureModel(300, 150, 3600, 600, 0.05, 5)).withCheckpoints(1800, 30);
    }
    SimulationResult result = run(config);
    RunSummary summary = result.summary();
    int n = fabric.acceleratorCount();
    Statistics.label("interrupted").collect(summary.interruptions() > 0);
    Statistics.label("preempted").collect(summary.preemptions() > 0);
    Statistics.label("queued").collect(summary.avgQueueingSeconds() > 0);
    Statistics.label("interrupted").coverage(check -> check.check(true).percentage(p -> p >= 5));
    Statistics.label("preempted").coverage(check -> check.check(true).percentage(p -> p >= 5));
    Statistics.label("queued").coverage(check -> check.check(true).percentage(p -> p >= 20));

    // every job completes exactly once, never before it was submitted
    Set<String> ids = new HashSet<>();
    assertThat(result.jobs()).hasSize(jobs.size()).allSatisfy(job -> {
      assertThat(ids.add(job.id())).isTrue();
      assertThat(job.outcome()).isEqualTo("completed");
      assertThat(job.firstStartSeconds()).isGreaterThanOrEqualTo(job.submitSeconds());
      assertThat(job.endSeconds()).isGreaterThan(job.firstStartSeconds());
      assertThat(job.productiveSeconds()).isLessThanOrEqualTo(job.endSeconds() - job.firstStartSeconds() + 1e-6);
    });
    assertThat(summary.completed()).isEqualTo(jobs.size());
    assertThat(summary.utilization()).isBetween(0.0, 1.0);
    assertThat(summary.goodput()).isBetween(0.0, summary.utilization() + 1e-12);
    assertThat(summary.ettr()).isBetween(0.0, 1.0 + 1e-12);
    assertThat(summary.fragmentation()).isBetween(0.0, 1.0);

    // busy GPUs never exceed the fabric, and cover at least every uninterrupted job running then
    List<double[]> series = result.utilizationSeries();
    double held = 0;
    for (int i = 0; i < series.size(); i++) {
      double t = series.get(i)[0];
      double busy = series.get(i)[1];
      assertThat(busy).isBetween(0.0, (double) n);
      if (i + 1 < series.size()) {
        assertThat(series.get(i + 1)[0]).isGreaterThanOrEqualTo(t);
        if (series.get(i + 1)[0] == t) {
          continue;
        }
      }
      int uninterrupted = 0;
      for (JobOutcome job : result.jobs()) {
        if (job.interruptions() == 0 && job.firstStartSeconds() <= t && t < job.endSeconds()) {
          uninterrupted += job.accelerators();
        }
      }
      if (result.jobs().stream().allMatch(job -> job.interruptions() == 0)) {
        assertThat(busy).isEqualTo(uninterrupted);
      } else {
        assertThat(busy).isGreaterThanOrEqualTo(uninterrupted);
      }
      double until = i + 1 < series.size() ? series.get(i + 1)[0] : t;
      held += busy * (until - t);
    }
    // the utilization is the area under the series over the fabric's capacity during the makespan
    assertThat(summary.utilization() * n * summary.makespanSeconds()).isCloseTo(held, within(1e-6 * Math.max(1, held)));
  }
}
