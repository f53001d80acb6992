package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.core.scheduler.Interrupted;
import dev.podium.core.scheduler.Scheduler;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hardware outages: the range each scope covers, what detection fails and what repair brings back. */
class OutagesTest {

  private static final Fabric SU2 = fabric("dgx-superpod-h100-2su");

  private final ClusterState state = new ClusterState(SU2, SU2.accelerator().name());
  private final Scheduler scheduler = Scheduler.builder(state,
      Policies.placement("first-fit", PolicyOptions.defaults()), Policies.queue("fifo", PolicyOptions.defaults()),
      () -> 0).build();
  private final Outages outages = new Outages(SU2, state, scheduler);

  @Test
  void anAcceleratorFailureLeavesTheHostsOtherAcceleratorsHealthyAndUsable() {
    start("a", 8);
    int host = hostOf("a");
    int first = SU2.firstMember(SU2.hostLevel(), host);
    int[] range = outages.range(FailureScope.ACCELERATOR, host, 3);
    assertThat(range).containsExactly(first + 3);

    int id = outages.open(range);
    assertThat(outages.undetected(first + 3)).isTrue();
    assertThat(outages.undetected(first + 2)).isFalse();
    List<Interrupted> interrupted = outages.detect(id);

    assertThat(interrupted).extracting(i -> i.run().id()).containsExactly("a");
    for (int a = first; a < first + 8; a++) {
      assertThat(state.isHealthy(a)).as("accelerator %d", a).isEqualTo(a != first + 3);
    }
    assertThat(state.freeCount(SU2.hostLevel(), host)).isEqualTo(7);
    // the seven healthy accelerators of the host take a 7-GPU gang
    int[] others = {first, first + 1, first + 2, first + 4, first + 5, first + 6, first + 7};
    state.allocate("b", others);
    assertThat(state.allocation("b")).containsExactly(others);
    state.release("b");

    outages.repair(id);
    assertThat(state.isHealthy(first + 3)).isTrue();
    assertThat(outages.pending()).isZero();
  }

  @Test
  void aSwitchFailureTakesDownTheRailOfItsLeafAndItComesBackAfterRepair() {
    int level = SU2.hostLevel() + 1;
    assertThat(SU2.domainCount(level)).as("two scalable units").isEqualTo(2);
    int unitSize = SU2.memberCount(level, 0);
    for (int i = 0; i < SU2.acceleratorCount() / 8; i++) {
      start("j" + i, 8);
    }
    // rail-optimized: the leaf behind GPU 0 of host 3 serves GPU 0 of every host of the first SU
    int[] range = outages.range(FailureScope.SWITCH, 3, 0);
    assertThat(Arrays.stream(range).boxed().toList()).hasSize(unitSize / 8).allSatisfy(a -> {
      assertThat(a % 8).isZero();
      assertThat(SU2.domainOf(a, level)).isZero();
    });

    int id = outages.open(range);
    List<Interrupted> interrupted = outages.detect(id);

    assertThat(interrupted).hasSize(unitSize / 8);
    assertThat(scheduler.running()).hasSize(SU2.acceleratorCount() / 8 - unitSize / 8)
        .allSatisfy(run -> assertThat(Arrays.stream(run.placement().accelerators())
            .map(a -> SU2.domainOf(a, level))).containsOnly(1));
    for (int a = 0; a < SU2.acceleratorCount(); a++) {
      assertThat(state.isHealthy(a)).as("accelerator %d", a).isEqualTo(a >= unitSize || a % 8 != 0);
    }

    outages.repair(id);
    assertThat(state.healthyCount()).isEqualTo(SU2.acceleratorCount());
    scheduler.schedule();
    assertThat(scheduler.running()).hasSize(SU2.acceleratorCount() / 8);
  }

  @Test
  void anOverlappingOutageHoldsOnlyWhatNoOtherOutageHolds() {
    int[] host = outages.range(FailureScope.HOST, 0, 0);
    int[] leaf = outages.range(FailureScope.SWITCH, 0, 0);
    int hostOutage = outages.open(host);
    int leafOutage = outages.open(leaf);
    assertThat(outages.accelerators(leafOutage)).hasSize(leaf.length - 1).doesNotContain(0);

    outages.detect(hostOutage);
    outages.detect(leafOutage);
    outages.repair(leafOutage);
    // the host stays failed until its own repair
    assertThat(state.isHealthy(0)).isFalse();
    assertThat(state.healthyCount()).isEqualTo(SU2.acceleratorCount() - host.length);
    assertThat(outages.open(host)).as("its hardware is already down").isEqualTo(-1);
    outages.repair(hostOutage);
    assertThat(state.healthyCount()).isEqualTo(SU2.acceleratorCount());
    assertThat(outages.pending()).isZero();
  }

  private void start(String id, int size) {
    scheduler.submit(JobSpec.builder(id, Parallelism.dataParallel(size)).work(Work.seconds(3600)).build());
    scheduler.schedule();
    assertThat(scheduler.running(id)).as("job %s runs", id).isPresent();
  }

  private int[] placement(String id) {
    return scheduler.running(id).orElseThrow().placement().accelerators();
  }

  private int hostOf(String id) {
    return SU2.domainOf(placement(id)[0], SU2.hostLevel());
  }
}
