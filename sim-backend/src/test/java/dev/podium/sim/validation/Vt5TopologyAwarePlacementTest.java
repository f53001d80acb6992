package dev.podium.sim.validation;

import static dev.podium.topology.catalog.HardwareCatalog.ARISTA_7800R3;
import static dev.podium.topology.catalog.HardwareCatalog.ATSW;
import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.MINIPACK2;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.policy.Policies;
import dev.podium.core.state.ClusterState;
import dev.podium.sim.flow.CollectiveReplay;
import dev.podium.sim.flow.DirectedLinks;
import dev.podium.sim.flow.RoutedFlows;
import dev.podium.sim.flow.RoutingOptions;
import dev.podium.sim.flow.StepTiming;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import dev.podium.topology.generate.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * VT-5 (docs/VALIDATION.md): topology-aware placement on Meta's 1:7 three-tier Clos.
 *
 * <p>A Llama 3 405B job (TP8 / PP16 / DP128 at 16,384 GPUs, as in L3 Table 4) is placed on
 * meta-24k-roce with 512 random hosts (4,096 GPUs) already busy, by three policies: {@code random}
 * (random GPUs and rank order), {@code first-fit} (lowest free ids in rank order) and {@code
 * topology-aware}. Each traffic entry of its plan (TP all-reduce, PP send/recv, DP all-reduce) is
 * replayed alone in the flow-level mode, one call of every group at once, E-ECMP with 16 queue
 * pairs per connection (L3: 16 flows per GPU pair).
 *
 * <p><b>Collective utilisation</b> of a placement = (time of the same collectives in the
 * single-pod-bandwidth fabric) / (time on the fabric as built), both summed over one step (each
 * entry's call time times its calls per step). The single-pod-bandwidth fabric is the same fabric,
 * same paths, same hashes, with the CTSW-to-ATSW links at 7 times their capacity ({@link
 * DirectedLinks#untapered}), so every pod reaches the others at the bandwidth it has inside: the
 * whole job performs as it would inside one pod. This is GENAI-BLOG's "small-cluster performance"
 * reference; the ECMP collisions a pod has anyway count on both sides. The roofline fraction (flows
 * limited only by their NICs and NVLink) is reported beside it.
 *
 * <p>The default test runs the same comparison on two of meta-24k-roce's pods with a 4,096-GPU job
 * (TP8 / PP16 / DP32) to stay fast; the 16,384-GPU one on all eight pods is tagged slow. (Smaller
 * pods would not do: a DP ring crosses a pod boundary with {@code tp * pp} flows whatever the pod's
 * size, so shrinking the pods oversubscribes boundaries that full-size pods absorb.)
 */
class Vt5TopologyAwarePlacementTest {

  @Test
  void topologyAwareRecoversSinglePodPerformanceWhereRandomDoesNot() {
    // Two of meta-24k-roce's pods, built exactly as the preset builds them (192 racks, 16 CTSWs,
    // 28 ATSWs at 1:7), with a quarter of the preset's busy hosts.
    Fabric twoPods = ClosGenerator.build(new ClosSpec("meta-roce-2-pods", H100, 8, NVLINK4, ROCE_400G, false,
        List.of(new ClosTier("rack", "rtsw", 2, 1, 1.0, MINIPACK2, ROCE_400G),
            new ClosTier("pod", "ctsw", 192, 16, 7.0, ARISTA_7800R3, ROCE_400G),
            new ClosTier("cluster", "atsw", 2, 28, 1.0, ATSW, null)), 0));
    compare(twoPods, new Parallelism(8, 1, 16, 32, 1), 128);
  }

  @Test
  @Tag("slow")
  void fullScaleLlama3OnMeta24kRoce() {
    compare(Presets.find("meta-24k-roce").build(), new Parallelism(8, 1, 16, 128, 1), 512);
  }

  /**
   * Cross-check, Nebius: topology-aware placement gives "up to +20%" NCCL AllReduce on InfiniBand
   * fat trees. A 32-node Llama 3 70B job (TP8 x DP32) on a 4-SU DGX SuperPOD with a third of its
   * nodes busy, random versus topology-aware, over 5 seeds: the DP all-reduce gain is 0% with
   * adaptive routing (a non-blocking fat tree has no contention once paths balance) and about +80%
   * with one static hash per connection. The model brackets the published figure but cannot pin it:
   * the gain is set by how well the routing balances, which the source does not state.
   */
  @Test
  void infinibandFatTreeGainBracketsThePublishedTwentyPercent() {
    Fabric superpod = Presets.find("dgx-superpod-h100-4su").build();
    JobSpec job = JobSpec.builder("llama3-70b", new Parallelism(8, 1, 1, 32, 1))
        .model(ModelPresets.find("llama3-70b")).build();
    double adaptive = allReduceGain(superpod, job, RoutingOptions.adaptive(1));
    double hashed = allReduceGain(superpod, job, RoutingOptions.ecmp(1, 11));
    System.out.printf("VT-5 IB cross-check: topology-aware AllReduce gain %+.0f%% adaptive, %+.0f%% static hash%n",
        100 * adaptive, 100 * hashed);
    assertThat(adaptive).isLessThan(0.20);
    assertThat(hashed).isGreaterThan(0.20);
  }

  /** Mean over seeds of the DP all-reduce time under random placement over topology-aware, minus 1. */
  private static double allReduceGain(Fabric fabric, JobSpec job, RoutingOptions routing) {
    CollectiveReplay replay = new CollectiveReplay(fabric, routing);
    int dp = job.plan().traffic().size() - 1;
    double sum = 0;
    for (int seed = 0; seed < 5; seed++) {
      ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
      state.allocate("others", randomHosts(fabric, fabric.hostCount() / 3, seed));
      double random = replay.replay(job.plan(), place(state, job, "random")).entries().get(dp).secondsPerCall();
      double aware = replay.replay(job.plan(), place(state, job, "topology-aware")).entries().get(dp).secondsPerCall();
      sum += random / aware;
    }
    return sum / 5 - 1;
  }

  /**
   * Utilisation of random, first-fit and topology-aware placements of a Llama 3 405B job of shape
   * {@code shape} with {@code busyHosts} random hosts held by others; asserts the published shape.
   */
  private static void compare(Fabric fabric, Parallelism shape, int busyHosts) {
    JobSpec job = JobSpec.builder("llama3-405b", shape).model(ModelPresets.find("llama3-405b")).build();
    ClusterState state = new ClusterState(fabric, fabric.accelerator().name());
    state.allocate("others", randomHosts(fabric, busyHosts, 5));
    Utilisation random = utilisation(fabric, job, place(state, job, "random"));
    Utilisation firstFit = utilisation(fabric, job, place(state, job, "first-fit"));
    Utilisation aware = utilisation(fabric, job, place(state, job, "topology-aware"));
    System.out.printf("VT-5 %s %,d GPUs: utilisation random %.2f, first-fit %.2f, topology-aware %.2f;"
        + " roofline fraction %.2f, %.2f, %.2f%n", fabric.name(), job.size(), random.ofSinglePod, firstFit.ofSinglePod,
        aware.ofSinglePod, random.ofRoofline, firstFit.ofRoofline, aware.ofRoofline);
    // GENAI-BLOG: an unoptimised large cluster ranges from 10% to 90%; optimised it is back at 90%+.
    assertThat(random.ofSinglePod).isBetween(0.10, 0.90);
    assertThat(aware.ofSinglePod).isGreaterThanOrEqualTo(0.90);
    // Gap (documented in docs/VALIDATION.md): first-fit is not unoptimised in this model. Accelerator
    // ids follow the locality tree, so the lowest free ids in rank order nest TP in hosts, PP in
    // racks and cut DP rings only at pod boundaries, as a min-cut would.
    assertThat(firstFit.ofSinglePod).isGreaterThanOrEqualTo(0.90);
  }

  /** A placement's step communication time in the single-pod-bandwidth fabric and on its NICs, over its time as built. */
  private record Utilisation(double ofSinglePod, double ofRoofline) {}

  private static Utilisation utilisation(Fabric fabric, JobSpec job, int[] placement) {
    CollectiveReplay replay = new CollectiveReplay(fabric, RoutingOptions.ecmp(16, 11));
    List<RoutedFlows> routed = replay.route(job.plan(), placement);
    StepTiming built = replay.time(job.plan(), routed, DirectedLinks.capacities(fabric));
    StepTiming singlePod = replay.time(job.plan(), routed, DirectedLinks.untapered(fabric));
    StepTiming roofline = replay.time(job.plan(), routed.stream().map(RoutedFlows::endpointsOnly).toList(),
        DirectedLinks.capacities(fabric));
    return new Utilisation(singlePod.communicationSeconds() / built.communicationSeconds(),
        roofline.communicationSeconds() / built.communicationSeconds());
  }

  private static int[] place(ClusterState state, JobSpec job, String policy) {
    PlacementDecision decision = Policies.placement(policy, PolicyOptions.defaults().withSeed(3)).place(job, state);
    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
    return ((PlacementDecision.Placed) decision).accelerators();
  }

  /** The accelerators of {@code count} hosts drawn without replacement, seeded. */
  static int[] randomHosts(Fabric fabric, int count, long seed) {
    List<Integer> hosts = new ArrayList<>();
    for (int h = 0; h < fabric.hostCount(); h++) {
      hosts.add(h);
    }
    Collections.shuffle(hosts, new Random(seed));
    int perHost = fabric.memberCount(fabric.hostLevel(), 0);
    int[] accelerators = new int[count * perHost];
    for (int i = 0; i < count; i++) {
      int first = fabric.firstMember(fabric.hostLevel(), hosts.get(i));
      for (int g = 0; g < perHost; g++) {
        accelerators[i * perHost + g] = first + g;
      }
    }
    return accelerators;
  }
}
