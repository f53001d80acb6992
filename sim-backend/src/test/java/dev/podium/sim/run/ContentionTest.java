package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.config;
import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama70b;
import static dev.podium.sim.run.Scenarios.outcome;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Work;
import dev.podium.topology.fabric.Fabric;
import org.junit.jupiter.api.Test;

/**
 * Jobs that share oversubscribed links slow each other down; jobs that share none do not. On
 * meta-24k-roce a pod (3,072 GPUs) reaches the other pods through uplinks 7 times thinner than its
 * GPUs' NICs (1:7 at the ATSW tier).
 */
class ContentionTest {

  private static final Fabric META = fabric("meta-24k-roce");
  private static final int CLUSTER = 4;
  private static final int POD = 3;

  private static double aloneJct(JobSpec job, String policy) {
    return run(config(META, workload(job), policy, 1)).jobs().get(0).jctSeconds();
  }

  @Test
  void twoScatteredMultiPodJobsSlowEachOtherDownOnThePodUplinks() {
    // 4,096 GPUs each, randomly placed: every pod holds ~512 GPUs of each, and their TP and PP
    // rings cross pods; alone a job's cross-pod traffic already loads the uplinks as much as its NICs
    JobSpec a = llama70b("a", 8, 4, 128, Work.steps(100));
    JobSpec b = llama70b("b", 8, 4, 128, Work.steps(100));
    double aAlone = aloneJct(a, "random");
    double bAlone = aloneJct(b, "random");

    SimulationResult together = run(config(META, workload(a, b), "random", 1));

    assertThat(outcome(together, "a").crossBytes()[CLUSTER]).isPositive();
    assertThat(outcome(together, "a").jctSeconds()).isGreaterThan(1.2 * aAlone);
    assertThat(outcome(together, "b").jctSeconds()).isGreaterThan(1.2 * bAlone);
  }

  @Test
  void twoJobsInDifferentPodsDoNotInterfere() {
    // 2,048 GPUs each: topology-aware keeps each inside one pod, and two do not fit in one pod
    JobSpec a = llama70b("a", 8, 4, 64, Work.steps(100));
    JobSpec b = llama70b("b", 8, 4, 64, Work.steps(100));
    double alone = aloneJct(a, "topology-aware");

    SimulationResult together = run(config(META, workload(a, b), "topology-aware", 1));

    for (String id : new String[] {"a", "b"}) {
      JobOutcome outcome = outcome(together, id);
      assertThat(outcome.crossBytes()[CLUSTER]).isZero();
      assertThat(outcome.jctSeconds()).isCloseTo(alone, within(alone * 1e-12));
    }
  }

  @Test
  void alignedRingsCrossingAPodBoundaryAreTooThinToContend() {
    // first-fit: "a" holds pod 0 and half of pod 1, "b" the other half of pod 1 and pod 2. Their DP
    // rings cross pod 1's uplinks, but only at two edges per ring: far below the uplinks' capacity,
    // so max-min fairness leaves both at their alone rate. (The model's links slow jobs only when
    // they saturate.)
    JobSpec a = llama70b("a", 8, 4, 144, Work.steps(100));
    JobSpec b = llama70b("b", 8, 4, 144, Work.steps(100));
    double alone = aloneJct(a, "first-fit");

    SimulationResult together = run(config(META, workload(a, b), "first-fit", 1));

    for (String id : new String[] {"a", "b"}) {
      JobOutcome outcome = outcome(together, id);
      assertThat(outcome.crossBytes()[POD]).isPositive();
      assertThat(outcome.crossBytes()[CLUSTER]).isPositive();
      assertThat(outcome.jctSeconds()).isCloseTo(alone, within(alone * 1e-9));
    }
  }
}
