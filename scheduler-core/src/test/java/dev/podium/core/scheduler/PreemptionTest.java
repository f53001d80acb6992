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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Priority preemption on a full 248-GPU fabric. */
class PreemptionTest {

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

  private static JobSpec job(String id, int size, int priority, double submit) {
    return JobSpec.builder(id, Parallelism.dataParallel(size)).priority(priority).submitSeconds(submit)
        .work(Work.seconds(1000)).build();
  }

  private Scheduler scheduler(String placement, boolean preemption) {
    return Scheduler.builder(state, Policies.placement(placement, PolicyOptions.defaults()), SortedQueuePolicy.priority(true),
        clock).preemption(preemption).build();
  }

  /** Fills the fabric: priority 0 jobs of 64, 8, 8, 8, 8 and priority 1 jobs of 64 and 88. */
  private void fill(Scheduler scheduler) {
    scheduler.submit(job("low-64", 64, 0, 0));
    for (int i = 1; i <= 4; i++) {
      scheduler.submit(job("low-8-" + i, 8, 0, i));
    }
    scheduler.submit(job("mid-64", 64, 1, 5));
    scheduler.submit(job("mid-88", 88, 1, 6));
    assertThat(scheduler.schedule().started()).hasSize(7);
    assertThat(state.freeCount()).isZero();
    clock.set(10);
  }

  @Test
  void theFewestLowestPriorityJobsMakeRoom() {
    Scheduler scheduler = scheduler("first-fit", true);
    fill(scheduler);
    scheduler.submit(job("urgent", 64, 9, 10));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.preempted()).extracting(p -> p.run().id()).containsExactly("low-64");
    assertThat(cycle.preempted()).allSatisfy(p -> assertThat(p.forJob()).isEqualTo("urgent"));
    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("urgent");
    assertThat(scheduler.isPending("low-64")).isTrue();
    assertThat(scheduler.pending()).singleElement().extracting(JobSpec::submitSeconds).isEqualTo(0.0);
    assertThat(state.indexConsistent()).isTrue();
  }

  @Test
  void smallerLowPriorityJobsAreAddedOnlyWhenNeeded() {
    Scheduler scheduler = scheduler("first-fit", true);
    fill(scheduler);
    scheduler.submit(job("urgent", 72, 9, 10));

    Cycle cycle = scheduler.schedule();

    // Equal priority and size, same start: the id breaks the tie.
    assertThat(cycle.preempted()).extracting(p -> p.run().id()).containsExactly("low-64", "low-8-1");
  }

  @Test
  void higherPrioritiesArePreemptedOnlyWhenTheLowestDoNotSuffice() {
    Scheduler scheduler = scheduler("first-fit", true);
    fill(scheduler);
    scheduler.submit(job("urgent", 100, 9, 10));

    Cycle cycle = scheduler.schedule();

    // The 96 accelerators of priority 0 are not enough; the larger priority-1 job is added, after
    // which the four small jobs are given back because the head still fits without them.
    assertThat(cycle.preempted()).extracting(p -> p.run().id()).containsExactly("low-64", "mid-88");
    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("urgent");
    assertThat(state.freeCount()).isEqualTo(64 + 88 - 100);
  }

  @Test
  void jobsOfEqualOrHigherPriorityAreNeverPreempted() {
    Scheduler scheduler = scheduler("first-fit", true);
    fill(scheduler);
    scheduler.submit(job("peer", 8, 1, 10));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.preempted()).extracting(p -> p.run().job().priority()).containsOnly(0);
    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("peer");
  }

  @Test
  void aJobThatCannotFitEvenWithPreemptionStaysPendingAndPreemptsNothing() {
    Scheduler scheduler = scheduler("first-fit", true);
    scheduler.submit(job("vip", 200, 9, 0));
    scheduler.submit(job("low", 48, 0, 1));
    scheduler.schedule();
    clock.set(10);
    scheduler.submit(job("urgent", 100, 5, 10));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.preempted()).isEmpty();
    assertThat(cycle.started()).isEmpty();
    assertThat(cycle.reservation()).map(Reservation::jobId).contains("urgent");
    assertThat(scheduler.running()).extracting(RunningJob::id).containsExactly("vip", "low");
  }

  @Test
  void preemptionCanBeTurnedOff() {
    Scheduler scheduler = scheduler("first-fit", false);
    fill(scheduler);
    scheduler.submit(job("urgent", 64, 9, 10));

    Cycle cycle = scheduler.schedule();

    assertThat(cycle.preempted()).isEmpty();
    assertThat(cycle.started()).isEmpty();
    assertThat(cycle.reservation()).isPresent();
  }

  @Test
  void fewestVictimsWinsOverFewestAccelerators() {
    Scheduler scheduler = scheduler("topology-aware", true);
    fill(scheduler);
    int[] released = state.allocation("low-64");
    scheduler.submit(job("urgent", 16, 9, 10));

    Cycle cycle = scheduler.schedule();

    // One 64-GPU victim rather than two 8-GPU ones; the head lands on what it released.
    assertThat(cycle.preempted()).extracting(p -> p.run().id()).containsExactly("low-64");
    assertThat(cycle.started()).singleElement().satisfies(s -> assertThat(released)
        .contains(s.run().placement().accelerators()));
    assertThat(state.freeCount()).isEqualTo(48);
    assertThat(state.indexConsistent()).isTrue();
  }

  @Test
  void preemptedJobsRunAgainWhenTheirTurnComes() {
    Scheduler scheduler = scheduler("first-fit", true);
    fill(scheduler);
    scheduler.submit(job("urgent", 64, 9, 10));
    scheduler.schedule();

    clock.set(20);
    scheduler.finish("urgent");
    Cycle cycle = scheduler.schedule();

    assertThat(cycle.started()).extracting(s -> s.run().id()).containsExactly("low-64");
    assertThat(scheduler.pending()).isEmpty();
  }
}
