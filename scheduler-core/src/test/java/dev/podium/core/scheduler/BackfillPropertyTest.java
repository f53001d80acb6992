package dev.podium.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.core.queue.SortedQueuePolicy;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * EASY backfill on random workloads on a 248-GPU SuperPOD unit, driven by a deterministic event loop
 * with exact runtimes: the reserved head never starts later than the reservation made when it first
 * became head, every job starts once and finishes, and no accelerator is ever held twice.
 */
class BackfillPropertyTest {

  /** One generated job: size, true duration (= declared work) and arrival time. */
  record Shape(int size, int seconds, int arrival) {}

  private static Fabric fabric;

  @BeforeContainer
  static void fabric() {
    fabric = Presets.find("dgx-superpod-h100-1su").build();
  }

  @Provide
  Arbitrary<List<Shape>> workloads() {
    Arbitrary<Shape> shape = Combinators.combine(
        Arbitraries.integers().between(1, 64).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(1, 2_000).withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers().between(0, 3_000).withDistribution(RandomDistribution.uniform())).as(Shape::new);
    return shape.list().ofMinSize(20).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 60, seed = "20250611")
  void backfillNeverDelaysTheReservedHead(@ForAll("workloads") List<Shape> workload) {
    ClusterState state = new ClusterState(fabric, "H100");
    ManualClock clock = new ManualClock();
    Scheduler scheduler = new Scheduler(state, Policies.placement("topology-aware", PolicyOptions.defaults()),
        SortedQueuePolicy.fifo(true), clock);
    Map<String, Double> reservedAt = new HashMap<>();
    int[] backfilled = {0};
    EventLoop loop = new EventLoop(clock, scheduler).afterCycle(cycle -> {
      backfilled[0] += (int) cycle.started().stream().filter(Started::backfilled).count();
      cycle.reservation().ifPresent(r -> {
        assertThat(r.known()).isTrue();
        reservedAt.putIfAbsent(r.jobId(), r.startSeconds());
      });
      assertThat(state.indexConsistent()).isTrue();
      assertNoAcceleratorHeldTwice(scheduler, state);
    });
    for (int i = 0; i < workload.size(); i++) {
      Shape shape = workload.get(i);
      loop.arrive(JobSpec.builder(String.format("j%02d", i), Parallelism.dataParallel(shape.size()))
          .submitSeconds(shape.arrival()).work(Work.seconds(shape.seconds())).build(), shape.seconds());
    }

    loop.run(Double.POSITIVE_INFINITY);

    assertThat(loop.starts()).hasSize(workload.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    assertThat(loop.finishes()).hasSize(workload.size());
    assertThat(scheduler.pending()).isEmpty();
    assertThat(scheduler.running()).isEmpty();
    assertThat(state.freeCount()).isEqualTo(fabric.acceleratorCount());
    reservedAt.forEach((id, reservation) -> assertThat(loop.firstStart(id))
        .as("start of head job %s reserved for %s", id, reservation)
        .isLessThanOrEqualTo(reservation));
    Statistics.label("backfilled").collect(backfilled[0] > 0);
    Statistics.label("backfilled").coverage(checker -> checker.check(true).percentage(p -> p > 80));
  }

  private static void assertNoAcceleratorHeldTwice(Scheduler scheduler, ClusterState state) {
    BitSet held = new BitSet();
    for (RunningJob run : scheduler.running()) {
      for (int accelerator : run.placement().accelerators()) {
        assertThat(held.get(accelerator)).as("accelerator %d held twice", accelerator).isFalse();
        held.set(accelerator);
        assertThat(state.jobAt(accelerator)).isEqualTo(run.id());
      }
    }
    assertThat(held.cardinality()).isEqualTo(fabric.acceleratorCount() - state.freeCount());
  }
}
