package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama70b;
import static dev.podium.sim.run.Scenarios.llama8b;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.topology.catalog.Precision;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/** A job alone on an empty fabric runs at its ideal rate; its step time is the sum of hand-computed parts. */
class SingleJobTest {

  private static final Fabric META = fabric("meta-24k-roce");
  private static final double PEAK = 989e12;
  private static final double NVLINK = 450e9;
  private static final double NIC = 50e9;
  private static final double EFFICIENCY = 0.55;

  @Test
  void theFabricHasThePublishedFigures() {
    // hardware.md: H100 SXM dense BF16 989 TFLOP/s; NVLink 4 900 GB/s both ways; one 400G NIC per GPU
    assertThat(META.accelerator().peakFlops(Precision.BF16)).isEqualTo(PEAK);
    assertThat(META.levels().get(1).bandwidthBytesPerSecond()).isEqualTo(NVLINK);
    assertThat(META.levels().get(2).bandwidthBytesPerSecond()).isEqualTo(NIC);
    assertThat(META.levels().get(1).latencySeconds()).isEqualTo(0.6e-6);
    assertThat(META.levels().get(3).latencySeconds()).isEqualTo(4e-6);
  }

  @Test
  void aStepJobTakesStepsTimesTheHandComputedStepTime() {
    // Llama 3 70B, TP8 x PP4 x DP16 = 512 GPUs on ids 0..511 (first-fit: rank r on id r).
    JobSpec job = llama70b("llama70b", 8, 4, 16, Work.steps(100));
    double p = 70.6e9;
    double layers = 80;
    double h = 8192;
    double seq = 8192;
    double batch = 32 * 16;
    double tokens = batch * seq;
    double microBatches = batch / 16;
    double flops = 6 * p * tokens + 6 * layers * seq * h * tokens;
    double bubble = 1 + 3 / microBatches;
    double compute = flops / (512 * PEAK * EFFICIENCY) * bubble;
    // TP all-reduce inside each host over NVLink: 4 per layer and micro-batch, ring edges carry 2(n-1)/n
    double tpMessage = seq * h * 2;
    double tpCalls = 4 * (layers / 4) * microBatches;
    double tp = tpCalls * 2 * 7.0 / 8 * tpMessage / NVLINK;
    // PP send/recv: each stage's 1/8 activation slice, forward and backward per micro-batch, on the NIC
    double pp = 2 * microBatches * (seq * h * 2 / 8) / NIC;
    // DP all-reduce of 70.6e9 / 32 BF16 gradients: 165 ms on the NIC, hidden behind the backward pass
    double dp = 2 * 15.0 / 16 * (p / 32 * 2) / NIC;
    assertThat(dp).isLessThan(compute * 2 / 3);
    // latency: ring steps at the group's highest level (TP host 0.6 us; PP and DP cross racks: pod 4 us)
    double latency = 2 * 7 * 0.6e-6 * tpCalls + 4e-6 * 2 * microBatches + 2 * 15 * 4e-6;
    double step = compute + tp + pp + latency;

    SimulationResult result = run(config(META, workload(job), "first-fit", 1));

    JobOutcome outcome = result.jobs().get(0);
    assertThat(outcome.outcome()).isEqualTo("completed");
    assertThat(compute).isCloseTo(7.508, within(0.001));
    assertThat(tp).isCloseTo(1.336, within(0.001));
    assertThat(outcome.jctSeconds()).isCloseTo(100 * step, within(100 * step * 1e-9));
  }

  @Test
  void aDurationJobAloneTakesItsDuration() {
    JobSpec inHost = llama8b("one-host", 8, 1, 1, Work.seconds(3600));
    JobSpec dataParallel = llama8b("dp32", 8, 1, 32, Work.seconds(7200)).withSubmitSeconds(10_000);
    for (String policy : new String[] {"first-fit", "topology-aware"}) {
      SimulationResult result = run(config(META, workload(inHost, dataParallel), policy, 1));
      assertThat(result.jobs().get(0).jctSeconds()).isCloseTo(3600, within(1e-6));
      assertThat(result.jobs().get(1).jctSeconds()).isCloseTo(7200, within(1e-6));
      assertThat(result.summary().ettr()).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void aJobWithoutAModelRunsAtOneStepPerSecondOrItsDuration() {
    JobSpec steps = JobSpec.builder("bare-steps", Parallelism.dataParallel(16))
        .work(Work.steps(500)).build();
    JobSpec seconds = JobSpec.builder("bare-seconds", Parallelism.dataParallel(16))
        .work(Work.seconds(500)).submitSeconds(1000).build();
    SimulationResult result = run(config(META, workload(steps, seconds), "first-fit", 1));
    assertThat(result.jobs()).extracting(JobOutcome::jctSeconds).containsExactly(500.0, 500.0);
  }

  @Test
  void blockingCheckpointsStretchTheRunByTheirShare() {
    JobSpec job = llama8b("ckpt", 8, 1, 4, Work.seconds(36_000));
    SimulationResult result = run(config(META, workload(job), "first-fit", 1).withCheckpoints(1800, 60));
    assertThat(result.jobs().get(0).jctSeconds()).isCloseTo(36_000 * 1860.0 / 1800, within(1e-6));
    assertThat(result.summary().ettr()).isCloseTo(1800.0 / 1860, within(1e-12));
    assertThat(result.summary().goodput()).isCloseTo(result.summary().utilization() * 1800 / 1860, within(1e-12));
  }
}
