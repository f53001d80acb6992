package dev.podium.sim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.comm.Dimension;
import dev.podium.api.comm.Traffic;
import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.cost.CostModel;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.ClusterState;
import dev.podium.sim.flow.AiZones;
import dev.podium.sim.flow.CollectiveTimes;
import dev.podium.sim.flow.FlowRouter;
import dev.podium.sim.flow.FlowShare;
import dev.podium.sim.flow.RoutingOptions;
import dev.podium.sim.flow.TransferSet;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * VT-2 (docs/VALIDATION.md): path pinning under fragmented rack allocation.
 *
 * <p>Scenario: a 2-tier AI zone of 16 racks (16 GPUs per RTSW, 16 CTSWs), routing pinned by
 * destination slice. Four jobs of 64 GPUs (Llama 3 8B, TP8 x DP8) run their data-parallel gradient
 * all-reduce at the same time. Case A: each job holds 4 whole racks. Case B: each job holds one of
 * the two hosts in each of 8 racks, so every rack is shared by two jobs; job {@code k} spans racks
 * {@code 4k .. 4k+7} (mod 16) and which host of a rack it gets is a seeded coin. The hosts are
 * offered to Podium's topology-aware policy, which picks the rank order; the all-reduce is CostModel's
 * ring through the flow-level mode. Figure: per job, collective time in B over A, averaged over the
 * jobs and 40 seeds; repeated with RTSW uplinks of twice the downlink capacity (1:2).
 *
 * <p>Mechanism in the model: an RTSW sends everything for downlink {@code i} of any rack up uplink
 * {@code i}. In case A a rack's one outgoing ring edge per DP group goes to distinct slices. In case
 * B the two jobs of a rack send to different next racks; when both next hosts sit in the same
 * position their 8 flows pin to the same 8 uplinks, two flows per 400G uplink, and the ring runs at
 * its slowest edge, half the rate. With 800G uplinks the two flows fit at full NIC rate. A single job
 * alone in case B loses nothing: its one host per rack sends to 8 distinct slices. So the model
 * reproduces the published loss only through rack sharing between jobs that communicate at once.
 */
class Vt2PathPinningTest {

  private static final int RACKS = 16;
  private static final int JOBS = 4;
  private static final int SEEDS = 40;

  @Test
  void fragmentedRacksSlowPinnedCollectivesByMoreThanThirtyPercent() {
    Fabric zone = AiZones.zone(RACKS, 1.0);
    double ratio = meanRatio(zone, JOBS);
    System.out.printf("VT-2 pinned, 1:1 uplinks: case B / case A collective time %.3f%n", ratio);
    assertThat(ratio).as("case B / case A collective time at 1:1").isGreaterThan(1.3);
  }

  @Test
  void doublingTheRackUplinksRemovesMostOfTheLoss() {
    double loss = meanRatio(AiZones.zone(RACKS, 1.0), JOBS) - 1;
    double lossAtOneToTwo = meanRatio(AiZones.zone(RACKS, 0.5), JOBS) - 1;
    System.out.printf("VT-2 pinned, 1:2 uplinks: case B / case A collective time %.3f%n", 1 + lossAtOneToTwo);
    assertThat(lossAtOneToTwo).isLessThan(0.25 * loss);
    assertThat(lossAtOneToTwo).isCloseTo(0, within(1e-9));
  }

  /** Documents the mechanism: one job alone on half racks loses nothing under pinning. */
  @Test
  void aSingleJobOnHalfRacksLosesNothingUnderPinning() {
    assertThat(meanRatio(AiZones.zone(RACKS, 1.0), 1)).isCloseTo(1.0, within(1e-9));
  }

  /** Mean over seeds and the first {@code communicating} jobs of B's collective time over A's. */
  private static double meanRatio(Fabric zone, int communicating) {
    double sum = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      double[] whole = collectiveSeconds(zone, seed, false, communicating);
      double[] half = collectiveSeconds(zone, seed, true, communicating);
      for (int j = 0; j < communicating; j++) {
        sum += half[j] / whole[j];
      }
    }
    return sum / (SEEDS * communicating);
  }

  /** Places the four jobs and times the DP all-reduce of the first {@code communicating}, concurrently. */
  private static double[] collectiveSeconds(Fabric zone, int seed, boolean halfRacks, int communicating) {
    ClusterState state = new ClusterState(zone, zone.accelerator().name());
    PlacementPolicy policy = Policies.placement("topology-aware", PolicyOptions.defaults().withSeed(seed));
    SplittableRandom coin = new SplittableRandom(seed);
    int[] position = new int[RACKS];
    for (int r = 0; r < RACKS; r++) {
      position[r] = coin.nextInt(2);
    }
    CostModel cost = new CostModel(zone);
    TransferSet transfers = new TransferSet();
    int[] collective = new int[communicating];
    for (int j = 0; j < JOBS; j++) {
      JobSpec job = JobSpec.builder("job" + j, new Parallelism(8, 1, 1, 8, 1))
          .model(ModelPresets.find("llama3-8b")).build();
      boolean[] offered = new boolean[zone.hostCount()];
      for (int k = 0; k < 8; k++) {
        if (halfRacks) {
          int rack = (4 * j + k) % RACKS;
          // Racks are shared by an even and an odd job, which take opposite hosts.
          offered[2 * rack + (j % 2 == 0 ? position[rack] : 1 - position[rack])] = true;
        } else {
          offered[2 * (4 * j + k / 2) + k % 2] = true;
        }
      }
      int[] placement = placeOn(state, policy, job, offered);
      state.allocate(job.id(), placement);
      if (j < communicating) {
        Traffic gradients = job.plan().traffic().stream()
            .filter(t -> t.dimension() == Dimension.DP).findFirst().orElseThrow();
        collective[j] = transfers.addTraffic(cost, gradients, placement);
      }
    }
    CollectiveTimes times = new FlowShare().share(new FlowRouter(zone, RoutingOptions.pinned()).route(transfers));
    double[] seconds = new double[communicating];
    for (int j = 0; j < communicating; j++) {
      seconds[j] = times.seconds(collective[j]);
    }
    return seconds;
  }

  /** The policy's placement of {@code job} when only the {@code offered} hosts are free. */
  private static int[] placeOn(ClusterState state, PlacementPolicy policy, JobSpec job, boolean[] offered) {
    Fabric zone = (Fabric) state.topology();
    List<Integer> held = new ArrayList<>();
    for (int host = 0; host < offered.length; host++) {
      int first = zone.firstMember(zone.hostLevel(), host);
      for (int a = first; a < first + zone.memberCount(zone.hostLevel(), host); a++) {
        if (!offered[host] && state.isFree(a)) {
          held.add(a);
        }
      }
    }
    state.allocate("others", held.stream().mapToInt(Integer::intValue).toArray());
    PlacementDecision decision = policy.place(job, state);
    state.release("others");
    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
    return ((PlacementDecision.Placed) decision).accelerators();
  }
}
