package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Failure components: their shares of the drawn failures, and what each scope takes down in a run. */
class FailureComponentsTest {

  private static final Fabric SU1 = fabric("dgx-superpod-h100-1su");
  private static final double DAY = 86_400;

  @Test
  void publishedComponentsSplitTheRateByTheirShares() {
    // one host-sized job for 300 days on 31 hosts at 1 failure per host-day: about 9,300 draws
    JobSpec job = JobSpec.builder("long", Parallelism.dataParallel(8)).work(Work.seconds(300 * DAY)).build();
    FailureModel failures = new FailureModel(1000, 150, 600, 60, 0, 1, FailureModel.llama3Components());
    SimulationConfig config = config(SU1, workload(job), "first-fit", 7).withFailures(failures)
        .withCheckpoints(1800, 0);
    SimulationResult result = run(config);

    List<Failure> drawn = result.failures();
    int n = drawn.size();
    double expected = SU1.hostCount() * result.summary().makespanSeconds() / DAY;
    assertThat((double) n).as("the components split the host rate; they do not add to it")
        .isCloseTo(expected, within(4 * Math.sqrt(expected)));
    Map<String, Long> counts = drawn.stream().collect(Collectors.groupingBy(Failure::component, Collectors.counting()));
    for (FailureComponent c : failures.components()) {
      double mean = n * c.share();
      double sigma = Math.sqrt(n * c.share() * (1 - c.share()));
      assertThat((double) counts.getOrDefault(c.name(), 0L)).as(c.name()).isCloseTo(mean, within(4 * sigma));
    }
    assertThat(drawn).allSatisfy(f -> assertThat(f.accelerators()).isEqualTo(switch (f.scope()) {
      case ACCELERATOR -> 1;
      case HOST, SOFTWARE -> 8;
      // a rail leaf: one GPU of every host of the SU
      case SWITCH -> SU1.memberCount(SU1.hostLevel() + 1,
          SU1.domainOf(f.firstAccelerator(), SU1.hostLevel() + 1)) / 8;
    }));
    assertThat(result.jobs().get(0).outcome()).isEqualTo("completed");
    assertThat(run(config).failures()).as("deterministic").isEqualTo(drawn);
  }

  @Test
  void anAcceleratorFailureInterruptsOnlyTheJobOnThatAccelerator() {
    // every GPU holds a one-GPU job: a failed GPU interrupts one job; a failed host would interrupt eight
    List<JobSpec> jobs = new ArrayList<>();
    for (int i = 0; i < SU1.acceleratorCount(); i++) {
      jobs.add(JobSpec.builder("j" + i, Parallelism.dataParallel(1)).work(Work.seconds(20 * DAY)).build());
    }
    FailureModel gpu = new FailureModel(200, 150, 3600, 60, 0, 1,
        List.of(new FailureComponent("gpu", FailureScope.ACCELERATOR, 1)));
    SimulationResult accelerator = run(config(SU1, workload(jobs), "first-fit", 3).withFailures(gpu));
    SimulationResult host = run(config(SU1, workload(jobs), "first-fit", 3)
        .withFailures(gpu.withComponents(FailureModel.WHOLE_HOST)));

    long effective = accelerator.failures().stream().filter(Failure::effective).count();
    assertThat(effective).isGreaterThan(50);
    assertThat(accelerator.summary().interruptions()).isPositive().isLessThanOrEqualTo((int) effective);
    assertThat(accelerator.failures()).allSatisfy(f -> assertThat(f.scope()).isEqualTo(FailureScope.ACCELERATOR));
    long hostEffective = host.failures().stream().filter(Failure::effective).count();
    assertThat(host.summary().interruptions()).isGreaterThan((int) (4 * hostEffective));
    assertThat(accelerator.summary().completed()).isEqualTo(jobs.size());
  }

  @Test
  void aSoftwareFailureInterruptsTheJobWithoutWaitingForARepair() {
    // the job holds the whole fabric and repairs take ~3 years: any failed hardware would keep it
    // waiting that long, but software failures leave nothing to repair, so it restarts at once
    JobSpec job = JobSpec.builder("all", Parallelism.dataParallel(SU1.acceleratorCount()))
        .work(Work.seconds(10 * DAY)).build();
    FailureModel software = new FailureModel(50, 150, 1e8, 600, 0, 1,
        List.of(new FailureComponent("software", FailureScope.SOFTWARE, 1)));
    SimulationResult result = run(config(SU1, workload(job), "first-fit", 5).withFailures(software)
        .withCheckpoints(1800, 0));

    JobOutcome outcome = result.jobs().get(0);
    long effective = result.failures().stream().filter(Failure::effective).count();
    assertThat(outcome.outcome()).isEqualTo("completed");
    assertThat(outcome.interruptions()).isGreaterThan(5).isLessThanOrEqualTo((int) effective)
        .isEqualTo(result.summary().interruptions());
    assertThat(outcome.jctSeconds()).isLessThan(12 * DAY);
  }

  @Test
  void aSwitchFailureInterruptsTheJobOnItsRailAndItComesBack() {
    // two SUs, one leaf domain each, a job filling each, ~20 switch failures: one that strikes
    // while a job runs under the leaf interrupts it (none other), and the jobs complete once the
    // leaves are repaired (after one job ends, failures under its idle leaf interrupt nothing)
    Fabric su2 = fabric("dgx-superpod-h100-2su");
    int level = su2.hostLevel() + 1;
    JobSpec a = JobSpec.builder("a", Parallelism.dataParallel(su2.memberCount(level, 0)))
        .work(Work.seconds(10 * DAY)).build();
    JobSpec b = JobSpec.builder("b", Parallelism.dataParallel(su2.memberCount(level, 1)))
        .work(Work.seconds(10 * DAY)).build();
    FailureModel network = new FailureModel(30, 150, 3600, 600, 0, 1,
        List.of(new FailureComponent("network-switch-cable", FailureScope.SWITCH, 1)));
    SimulationResult result = run(config(su2, workload(a, b), "first-fit", 9).withFailures(network)
        .withCheckpoints(1800, 0));

    long effective = result.failures().stream().filter(Failure::effective).count();
    // rail-optimized: a leaf serves one GPU of every host of its SU
    assertThat(result.failures()).allSatisfy(f -> assertThat(f.accelerators())
        .isEqualTo(su2.memberCount(level, su2.domainOf(f.firstAccelerator(), level)) / 8));
    assertThat(effective).isGreaterThan(5);
    assertThat(result.summary().interruptions()).isLessThanOrEqualTo((int) effective)
        .isGreaterThanOrEqualTo((int) effective / 2);
    assertThat(result.summary().completed()).isEqualTo(2);
  }
}
