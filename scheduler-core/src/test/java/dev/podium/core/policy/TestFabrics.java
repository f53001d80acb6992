package dev.podium.core.policy;

import static dev.podium.topology.catalog.HardwareCatalog.ARISTA_7800R3;
import static dev.podium.topology.catalog.HardwareCatalog.ATSW;
import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.MINIPACK2;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** Fabrics and small helpers shared by the policy tests; fabrics are built once per JVM. */
final class TestFabrics {

  /** A small Meta-like RoCE fabric: 2 hosts of 8 H100 per rack, 8 racks per pod (1:7 up), 4 pods. */
  static final String META_SMALL = "meta-small";

  private static final Map<String, Fabric> FABRICS = new ConcurrentHashMap<>();

  private TestFabrics() {}

  /** The fabric of this preset name, or {@link #META_SMALL}. */
  static Fabric fabric(String name) {
    return FABRICS.computeIfAbsent(name, n -> n.equals(META_SMALL) ? metaSmall() : Presets.find(n).build());
  }

  /** An empty, healthy cluster on the named fabric. */
  static ClusterState empty(String name) {
    return new ClusterState(fabric(name), "H100");
  }

  /** A data-parallel job of {@code gpus} ranks. */
  static JobSpec job(int gpus) {
    return JobSpec.builder("job-" + gpus, Parallelism.dataParallel(gpus)).build();
  }

  /** Holds accelerators {@code [from, to)} with a background job. */
  static void hold(ClusterState state, String id, int from, int to) {
    state.allocate(id, IntStream.range(from, to).toArray());
  }

  /** Holds every accelerator of the given hosts (8 GPUs each), one background job per host. */
  static void holdHosts(ClusterState state, int... hosts) {
    for (int host : hosts) {
      hold(state, "busy-host-" + host, host * 8, host * 8 + 8);
    }
  }

  /** The placement of a decision that must be {@code Placed}. */
  static int[] placed(PlacementDecision decision) {
    if (!(decision instanceof PlacementDecision.Placed placed)) {
      throw new AssertionError("expected a placement, got " + decision);
    }
    return placed.accelerators();
  }

  /** The host (8 GPUs each) of every rank. */
  static int[] hostsOf(int[] placement) {
    return IntStream.of(placement).map(a -> a / 8).distinct().toArray();
  }

  private static Fabric metaSmall() {
    return ClosGenerator.build(new ClosSpec(META_SMALL, H100, 8, NVLINK4, ROCE_400G, false, List.of(
        new ClosTier("rack", "rtsw", 2, 1, 1.0, MINIPACK2, ROCE_400G),
        new ClosTier("pod", "ctsw", 8, 0, 7.0, ARISTA_7800R3, ROCE_400G),
        new ClosTier("cluster", "atsw", 4, 0, 1.0, ATSW, null)), 0));
  }
}
