package dev.podium.core.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a saturated 248-GPU fabric where every tenant always has pending work, fair share hands out
 * accelerator-seconds in proportion to the weights over a long run.
 */
class FairShareConvergenceTest {

  private static final double HORIZON = 400_000;
  private static final int[] SIZES = {4, 8, 8, 16, 16, 32};

  private static Fabric fabric;

  @BeforeAll
  static void fabric() {
    fabric = Presets.find("dgx-superpod-h100-1su").build();
  }

  @Test
  void twoTenantsWeightedThreeToOne() {
    Map<String, Double> shares = run("weights=a:3,b:1", List.of("a", "b"), 7);

    assertThat(shares.get("a")).isCloseTo(0.75, Offset.offset(0.02));
    assertThat(shares.get("b")).isCloseTo(0.25, Offset.offset(0.02));
  }

  @Test
  void threeTenantsWeightedThreeTwoOneWithADecayingHistory() {
    Map<String, Double> shares = run("weights=a:3,b:2,c:1;half-life=20000", List.of("a", "b", "c"), 11);

    assertThat(shares.get("a")).isCloseTo(3 / 6.0, Offset.offset(0.02));
    assertThat(shares.get("b")).isCloseTo(2 / 6.0, Offset.offset(0.02));
    assertThat(shares.get("c")).isCloseTo(1 / 6.0, Offset.offset(0.02));
  }

  /** Runs the saturated workload to the horizon; returns each tenant's share of accelerator-seconds. */
  private static Map<String, Double> run(String options, List<String> tenants, long seed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String option : options.split(";")) {
      String[] kv = option.split("=", 2);
      values.put(kv[0], kv[1]);
    }
    QueuePolicy queue = Policies.queue("fair-share", new PolicyOptions(values, 0));
    ClusterState state = new ClusterState(fabric, "H100");
    ManualClock clock = new ManualClock();
    Scheduler scheduler = new Scheduler(state, Policies.placement("first-fit", PolicyOptions.defaults()), queue,
        clock);
    SplittableRandom random = new SplittableRandom(seed);
    List<RunningJob> runs = new ArrayList<>();
    Map<String, Double> ends = new LinkedHashMap<>();
    EventLoop loop = new EventLoop(clock, scheduler);
    int[] next = {0};
    loop.beforeCycle(now -> {
      for (String tenant : tenants) {
        while (scheduler.tenants().pending(tenant) < 64) {
          int size = SIZES[random.nextInt(SIZES.length)];
          int seconds = 200 + random.nextInt(1_800);
          loop.submitNow(JobSpec.builder(tenant + "-" + next[0]++, Parallelism.dataParallel(size)).tenant(tenant)
              .submitSeconds(now).work(Work.seconds(seconds)).build(), seconds);
        }
      }
    }).afterCycle(cycle -> cycle.started().forEach(s -> runs.add(s.run())));
    loop.arrive(JobSpec.builder("kick-off", Parallelism.dataParallel(1)).tenant(tenants.get(0))
        .work(Work.seconds(1)).build(), 1);

    loop.run(HORIZON);

    Map<String, Double> used = new LinkedHashMap<>();
    double total = 0;
    for (RunningJob run : runs) {
      double end = Math.min(HORIZON, loop.finishes().getOrDefault(run.id(), HORIZON));
      double seconds = Math.max(0, end - run.startSeconds()) * run.size();
      used.merge(run.job().tenant(), seconds, Double::sum);
      total += seconds;
    }
    assertThat(total / (HORIZON * fabric.acceleratorCount())).as("utilisation").isGreaterThan(0.9);
    Map<String, Double> shares = new LinkedHashMap<>();
    for (String tenant : tenants) {
      shares.put(tenant, used.getOrDefault(tenant, 0.0) / total);
    }
    return shares;
  }
}
