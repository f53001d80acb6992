package dev.podium.core.contract;

import static dev.podium.topology.catalog.HardwareCatalog.ARISTA_7800R3;
import static dev.podium.topology.catalog.HardwareCatalog.ATSW;
import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.MINIPACK2;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import dev.podium.topology.generate.Presets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The small real fabrics the kit places on, each built once per JVM: a one-SU DGX SuperPOD (248
 * H100 in 31 hosts), a TPU v4 pod (4,096 chips in 4-chip hosts and 64 cubes), and a two-pod
 * Meta-style CLOS (256 H100; 2 hosts per rack, 8 racks per pod, pods joined 1:7).
 */
public final class ContractFabrics {

  /** Name of the two-pod CLOS with an oversubscribed top tier. */
  public static final String CLOS_2POD = "clos-2pod-1to7";

  /** Every fabric the kit uses, by name. */
  public static final List<String> NAMES = List.of("dgx-superpod-h100-1su", "tpu-v4-pod", CLOS_2POD);

  private static final Map<String, Fabric> BUILT = new ConcurrentHashMap<>();

  private ContractFabrics() {}

  /** The fabric with this name: one of {@link #NAMES} or any {@link Presets} name. */
  public static Fabric get(String name) {
    return BUILT.computeIfAbsent(name, n -> n.equals(CLOS_2POD) ? ClosGenerator.build(clos2Pod()) : Presets.find(n).build());
  }

  /** Meta's 24K shape cut down to 2 pods of 8 racks: 256 GPUs whose cross-pod tier is 1:7. */
  public static ClosSpec clos2Pod() {
    return new ClosSpec(CLOS_2POD, H100, 8, NVLINK4, ROCE_400G, false, List.of(
        new ClosTier("rack", "rtsw", 2, 1, 1.0, MINIPACK2, ROCE_400G),
        new ClosTier("pod", "ctsw", 8, 0, 7.0, ARISTA_7800R3, ROCE_400G),
        new ClosTier("cluster", "atsw", 2, 0, 1.0, ATSW, null)), 0);
  }
}
