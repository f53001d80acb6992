package dev.podium.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.sim.run.FailureModel;
import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.Simulation;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import dev.podium.sim.workload.Workload;
import dev.podium.sim.workload.Workloads;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small runs of every built-in policy, with and without failures, satisfy the run invariants; broken results do not. */
class RunInvariantsTest {

  private static final Fabric FABRIC = Presets.find("dgx-superpod-h100-2su").build();
  private static final Workload POLLUX = Workloads.load("pollux-1", 1);
  private static final Workload TIRESIAS = Workloads.load("tiresias", 1);

  @ParameterizedTest
  @ValueSource(strings = {"topology-aware", "first-fit", "random", "slurm-tree", "slurm-block", "kueue-tas-bestfit",
      "volcano-hypernode"})
  void polluxOnTwoScalableUnitsUnderEachBuiltInPolicy(String policy) {
    SimulationResult result = Simulation.run(SimulationConfig.of(FABRIC, POLLUX, policy, 1), null);
    RunInvariants.check(result);
    assertThat(result.summary().completed()).isEqualTo(POLLUX.size());
  }

  @Test
  void tiresiasWithPublishedFailures() {
    SimulationResult result = Simulation.run(
        SimulationConfig.of(FABRIC, TIRESIAS, "topology-aware", 1).withFailures(FailureModel.published()), null);
    RunInvariants.check(result);
    assertThat(result.summary().completed()).isEqualTo(TIRESIAS.size());
  }

  @Test
  void tiresiasWithFrequentFailuresLosesWorkButNoJob() {
    SimulationResult result = Simulation.run(SimulationConfig.of(FABRIC, TIRESIAS, "first-fit", 3)
        .withFailures(frequentFailures()).withCheckpoints(300, 0), null);
    RunInvariants.check(result);
    assertThat(result.summary().interruptions()).isPositive();
    assertThat(result.jobs()).anySatisfy(job -> assertThat(job.lostSeconds()).isPositive());
    assertThat(result.summary().completed()).isEqualTo(TIRESIAS.size());
  }

  @Test
  void aJobLargerThanTheFabricIsRejectedWithAReason(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("jobs.csv"), String.join("\n",
        "id,submit_seconds,dp,duration_seconds", "huge,0,1024,100", "small,10,8,100", "tiny,20,1,50", ""));
    Workload jobs = Workloads.load(file.toString(), 1);
    SimulationResult result = Simulation.run(SimulationConfig.of(FABRIC, jobs, "topology-aware", 1), null);
    RunInvariants.check(result);
    assertThat(result.summary().rejected()).isEqualTo(1);
    assertThat(result.jobs().get(0).reason()).contains("needs 1024 accelerators; the fabric has 504");
  }

  @Test
  void brokenResultsAreReportedWithDetails() {
    SimulationResult good = Simulation.run(SimulationConfig.of(FABRIC, TIRESIAS, "first-fit", 1), null);
    List<JobOutcome> jobs = new ArrayList<>(good.jobs());
    JobOutcome first = jobs.get(0);
    jobs.set(0, new JobOutcome(first.id(), first.tenant(), first.accelerators(), first.submitSeconds() + 10,
        first.submitSeconds(), first.endSeconds(), "completed", "", 0, 0, 0, first.crossBytes()));
    JobOutcome second = jobs.get(1);
    jobs.set(1, new JobOutcome(second.id(), second.tenant(), second.accelerators(), second.submitSeconds(),
        second.firstStartSeconds(), Double.NaN, "unfinished", "", 0, 0, 0, second.crossBytes()));
    jobs.remove(jobs.size() - 1);
    SimulationResult broken = new SimulationResult(good.config(), good.summary(), jobs, good.utilizationSeries(),
        good.failures());

    assertThatThrownBy(() -> RunInvariants.check(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tiresias on dgx-superpod-h100-2su, first-fit/fifo, seed 1")
        .hasMessageContaining("60 jobs submitted but 59 outcomes")
        .hasMessageContaining("job " + first.id() + ": first start")
        .hasMessageContaining("job " + second.id() + ": unfinished")
        .hasMessageContaining("summary counts 60 jobs");
  }

  @Test
  void moreBusyAcceleratorsThanTheFabricHasBreakTheCapacityBound() {
    SimulationResult good = Simulation.run(SimulationConfig.of(FABRIC, TIRESIAS, "first-fit", 1), null);
    List<double[]> series = new ArrayList<>();
    good.utilizationSeries().forEach(point -> series.add(new double[] {point[0], FABRIC.acceleratorCount() * 2.0}));
    SimulationResult broken = new SimulationResult(good.config(), good.summary(), good.jobs(), series, good.failures());

    assertThat(RunInvariants.violations(broken))
        .anySatisfy(v -> assertThat(v).contains("accelerators busy", "the fabric has 504"))
        .anySatisfy(v -> assertThat(v).contains("exceed capacity x makespan"));
  }

  /** Roughly a dozen host failures over the Tiresias replay on 63 hosts. */
  static FailureModel frequentFailures() {
    return new FailureModel(5000, 150, 600, 60, 0.012, 5);
  }
}
