package dev.podium.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.core.policy.Policies;
import dev.podium.core.queue.SortedQueuePolicy;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.Arrays;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine on a 248-GPU DGX SuperPOD scalable unit, with first-fit placement. */
class SchedulerTest {

  private static Fabric fabric;
  private ManualClock clock;
  private ClusterState state;

  @BeforeAll
  static void fabric() {
    fabric = Presets.find("dgx-superpod-h100-1su").build();
  }

  @BeforeEach
  void freshState() {
    clock = new ManualClock();
    state = new ClusterState(fabric, "H100");
  }

  static JobSpec job(String id, int size, double seconds, double submit) {
    return JobSpec.builder(id, Parallelism.dataParallel(size)).submitSeconds(submit).work(Work.seconds(seconds))
        .build();
  }

  private Scheduler scheduler(QueuePolicy queue) {
    return new Scheduler(state, Policies.placement("first-fit", PolicyOptions.defaults()), queue, clock);
  }

  @Test
  void startsWhatFitsInQueueOrderAllOrNothing() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("b", 200, 10, 1));
    scheduler.submit(job("a", 40, 10, 0));
    scheduler.submit(job("c", 16, 10, 2));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("a", "b");
    assertThat(cycle.reservation()).map(Reservation::jobId).contains("c");
    assertThat(state.freeCount()).isEqualTo(8);
    assertThat(scheduler.pending()).extracting(JobSpec::id).containsExactly("c");
    assertThat(scheduler.running("a")).get().extracting(RunningJob::expectedEndSeconds).isEqualTo(10.0);
    assertThat(state.indexConsistent()).isTrue();
  }

  @Test
  void finishingFreesTheAcceleratorsForTheNextCycle() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("a", 248, 10, 0));
    scheduler.submit(job("b", 8, 10, 0));
    scheduler.schedule();

    clock.set(10);
    RunningJob done = scheduler.finish("a");
    Cycle cycle = scheduler.schedule();

    assertThat(done.startSeconds()).isZero();
    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("b");
    assertThat(cycle.started().get(0).run().startSeconds()).isEqualTo(10);
  }

  @Test
  void badEventsAreRejectedAndChangeNothing() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("a", 8, 10, 0));
    scheduler.submit(job("queued", 248, 10, 0));
    scheduler.schedule();

    assertThatThrownBy(() -> scheduler.submit(job("a", 16, 5, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a").hasMessageContaining("running");
    assertThatThrownBy(() -> scheduler.submit(job("queued", 16, 5, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queued").hasMessageContaining("pending");
    assertThatThrownBy(() -> scheduler.finish("nobody"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody").hasMessageContaining("unknown");
    assertThatThrownBy(() -> scheduler.finish("queued"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pending, not running");
    assertThatThrownBy(() -> scheduler.fail(248)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("248");
    assertThatThrownBy(() -> scheduler.repair(-1)).isInstanceOf(IllegalArgumentException.class);

    assertThat(scheduler.pending()).extracting(JobSpec::id).containsExactly("queued");
    assertThat(scheduler.running()).extracting(RunningJob::id).containsExactly("a");
    assertThat(scheduler.running("a").orElseThrow().size()).isEqualTo(8);
    assertThat(state.freeCount()).isEqualTo(240);
  }

  @Test
  void aClockThatGoesBackIsRefused() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    clock.set(5);
    scheduler.schedule();
    clock.set(4);

    assertThatThrownBy(() -> scheduler.submit(job("a", 8, 10, 0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("backwards");
    assertThat(scheduler.pending()).isEmpty();
  }

  @Test
  void aStateThatAlreadyHoldsJobsIsRefused() {
    state.allocate("stranger", new int[] {0});

    assertThatThrownBy(() -> scheduler(SortedQueuePolicy.fifo(true))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stranger");
  }

  @Test
  void aFailureInterruptsTheHolderWhichRestartsElsewhereWithItsSubmitTime() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("a", 16, 100, 3));
    scheduler.schedule();
    int victimAccelerator = scheduler.running("a").orElseThrow().placement().accelerator(5);

    clock.set(20);
    Interrupted interrupted = scheduler.fail(victimAccelerator).orElseThrow();

    assertThat(interrupted.run().id()).isEqualTo("a");
    assertThat(interrupted.accelerator()).isEqualTo(victimAccelerator);
    assertThat(interrupted.atSeconds()).isEqualTo(20);
    assertThat(scheduler.running()).isEmpty();
    assertThat(scheduler.pending()).singleElement().extracting(JobSpec::submitSeconds).isEqualTo(3.0);
    assertThat(state.freeCount()).isEqualTo(247);
    assertThat(state.indexConsistent()).isTrue();

    Cycle again = scheduler.schedule();

    int[] placed = again.started().get(0).run().placement().accelerators();
    assertThat(placed).hasSize(16).doesNotContain(victimAccelerator);
    assertThat(scheduler.fail(victimAccelerator)).isEmpty();
    scheduler.repair(victimAccelerator);
    assertThat(state.freeCount()).isEqualTo(248 - 16);
    assertThat(state.indexConsistent()).isTrue();
  }

  @Test
  void failingAnIdleAcceleratorInterruptsNobody() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));

    assertThat(scheduler.fail(7)).isEmpty();
    assertThat(state.isHealthy(7)).isFalse();
    assertThat(scheduler.tenants().capacity()).isEqualTo(247);
  }

  @Test
  void aShortJobBackfillsBehindTheBlockedHeadButALongOneWaits() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("big-running", 200, 100, 0));
    scheduler.schedule();
    scheduler.submit(job("head", 100, 50, 1));
    scheduler.submit(job("long", 40, 500, 2));
    scheduler.submit(job("short", 40, 100, 3));

    Cycle cycle = scheduler.schedule();

    Reservation reservation = cycle.reservation().orElseThrow();
    assertThat(reservation.jobId()).isEqualTo("head");
    assertThat(reservation.startSeconds()).isEqualTo(100);
    assertThat(reservation.spare()).isEqualTo(148);
    assertThat(cycle.started()).singleElement().satisfies(s -> {
      assertThat(s.run().id()).isEqualTo("long");
      assertThat(s.backfilled()).isTrue();
    });
    // "long" ends after the reservation but fits in the 148 spare accelerators; "short" could end in
    // time but only 8 accelerators are free now.
    assertThat(scheduler.pending()).extracting(JobSpec::id).containsExactly("head", "short");
  }

  @Test
  void aLongJobTooBigForTheSpareWaitsWhileAShortOneBackfills() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(job("running", 128, 100, 0));
    scheduler.schedule();
    scheduler.submit(job("head", 240, 50, 1));
    scheduler.submit(job("long", 64, 500, 2));
    scheduler.submit(job("short", 64, 100, 3));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.reservation().orElseThrow().spare()).isEqualTo(8);
    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("short");
  }

  @Test
  void withBackfillOffNothingStartsBehindTheBlockedHead() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(false));
    scheduler.submit(job("running", 200, 100, 0));
    scheduler.schedule();
    scheduler.submit(job("head", 100, 50, 1));
    scheduler.submit(job("tiny", 1, 1, 2));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.started()).isEmpty();
    assertThat(cycle.reservation()).isPresent();
  }

  @Test
  void anUnknownRuntimeMakesTheReservationUnknownAndStopsBackfill() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(true));
    scheduler.submit(JobSpec.builder("steps", Parallelism.dataParallel(200)).work(Work.steps(1000)).build());
    scheduler.schedule();
    scheduler.submit(job("head", 100, 50, 1));
    scheduler.submit(job("tiny", 1, 1, 2));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.reservation().orElseThrow().known()).isFalse();
    assertThat(cycle.started()).isEmpty();
  }

  @Test
  void aSuppliedEstimatorGivesStepCountedJobsAnEnd() {
    Scheduler scheduler = Scheduler.builder(state, Policies.placement("first-fit", PolicyOptions.defaults()),
        SortedQueuePolicy.fifo(true), clock).estimator(j -> j.work().steps() * 0.5).build();
    scheduler.submit(JobSpec.builder("steps", Parallelism.dataParallel(200)).work(Work.steps(1000)).build());
    scheduler.schedule();
    scheduler.submit(job("head", 100, 50, 1));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.reservation().orElseThrow().startSeconds()).isEqualTo(500);
  }

  @Test
  void aJobThatCanNeverFitIsReportedAndDoesNotBlockTheQueue() {
    Scheduler scheduler = scheduler(SortedQueuePolicy.fifo(false));
    scheduler.submit(job("huge", 512, 10, 0));
    scheduler.submit(JobSpec.builder("tpu", Parallelism.dataParallel(8)).acceleratorKind("TPU7x").build());
    scheduler.submit(job("fits", 8, 10, 1));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("fits");
    assertThat(cycle.unplaced()).extracting(Unplaced::jobId).containsExactly("huge", "tpu");
    assertThat(cycle.reservation()).isEmpty();
  }

  @Test
  void quotaRefusalsAreCountedAndSkipped() {
    QueuePolicy fairShare = Policies.queue("fair-share", new PolicyOptions(Map.of("quotas", "a:16"), 0));
    Scheduler scheduler = scheduler(fairShare);
    scheduler.submit(JobSpec.builder("a1", Parallelism.dataParallel(16)).tenant("a").build());
    scheduler.submit(JobSpec.builder("a2", Parallelism.dataParallel(8)).tenant("a").submitSeconds(1).build());
    scheduler.submit(JobSpec.builder("b1", Parallelism.dataParallel(8)).tenant("b").submitSeconds(2).build());

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("a1", "b1");
    assertThat(cycle.refused()).isEqualTo(1);
    assertThat(scheduler.tenants().allocated("a")).isEqualTo(16);
    assertThat(scheduler.tenants().pending("a")).isEqualTo(8);
  }

  @Test
  void usageIsAcceleratorSecondsDecayedWithTheFairShareHalfLife() {
    QueuePolicy fairShare = Policies.queue("fair-share", new PolicyOptions(Map.of("half-life", "100"), 0));
    Scheduler scheduler = scheduler(fairShare);
    scheduler.submit(JobSpec.builder("a1", Parallelism.dataParallel(8)).tenant("a").work(Work.seconds(100)).build());
    scheduler.schedule();

    clock.set(100);
    scheduler.finish("a1");
    double atEnd = scheduler.tenants().usage("a");
    clock.set(200);
    scheduler.schedule();

    // 8 accelerators for 100 s, each second weighted 2^-(age/100): 8 * 100 / ln 2 * (1 - 1/2).
    assertThat(atEnd).isCloseTo(8 * 100 / Math.log(2) * 0.5, Offset.offset(1e-6));
    assertThat(scheduler.tenants().usage("a")).isCloseTo(atEnd / 2, Offset.offset(1e-6));
  }

  @Test
  void sameEventsGiveTheSameCycles() {
    String first = replay();
    String second = replay();

    assertThat(first).isEqualTo(second);
  }

  private String replay() {
    ClusterState fresh = new ClusterState(fabric, "H100");
    ManualClock time = new ManualClock();
    Scheduler scheduler = new Scheduler(fresh, Policies.placement("topology-aware", PolicyOptions.defaults()),
        SortedQueuePolicy.fifo(true), time);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      time.set(i);
      scheduler.submit(job("j" + i, 1 + (i * 37) % 64, 5 + (i * 13) % 20, i));
      for (RunningJob run : scheduler.running().stream().filter(r -> r.expectedEndSeconds() <= time.now()).toList()) {
        scheduler.finish(run.id());
      }
      for (Started started : scheduler.schedule().started()) {
        log.append(started.run().id()).append(Arrays.toString(started.run().placement().accelerators()));
      }
    }
    return log.toString();
  }
}
