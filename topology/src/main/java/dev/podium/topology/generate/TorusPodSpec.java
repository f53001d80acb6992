package dev.podium.topology.generate;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import java.util.Objects;

/**
 * Parameters of a TPU pod: {@code cubes} cubes of {@code cubeEdge}³ chips with copper ICI inside
 * each cube, hosts of {@code chipsPerHost} chips, and optical circuit switches (one per dimension and
 * face position) that join the cube faces into a 3D torus.
 *
 * @param name fabric name
 * @param accelerator TPU generation
 * @param cubes number of cubes in the pod
 * @param cubeEdge chips along one edge of a cube (4 for the 4x4x4 cubes of v4, v5p and Ironwood)
 * @param chipsPerHost chips per host (a 2x2 tile of a cube layer when 4)
 * @param ici one ICI link (also the rate of an optical link through an OCS)
 * @param hostLink host to chip link
 * @param ocs the optical circuit switch part
 */
public record TorusPodSpec(
    String name,
    AcceleratorModel accelerator,
    int cubes,
    int cubeEdge,
    int chipsPerHost,
    LinkModel ici,
    LinkModel hostLink,
    SwitchModel ocs) {

  /** Checks the ranges. */
  public TorusPodSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accelerator, "accelerator");
    Objects.requireNonNull(ici, "ici");
    Objects.requireNonNull(hostLink, "hostLink");
    Objects.requireNonNull(ocs, "ocs");
    if (cubes < 1) {
      throw new IllegalArgumentException(name + ": cubes must be >= 1, was " + cubes);
    }
    if (cubeEdge < 2 || cubeEdge % 2 != 0) {
      throw new IllegalArgumentException(name + ": cubeEdge must be even and >= 2, was " + cubeEdge);
    }
    if (chipsPerHost != 4) {
      throw new IllegalArgumentException(
          name + ": chipsPerHost must be 4 (a 2x2 tile of a cube layer), was " + chipsPerHost);
    }
  }

  /** Chips in the pod. */
  public int chips() {
    return cubes * cubeEdge * cubeEdge * cubeEdge;
  }

  /** TPU v4: 4,096 chips in 64 cubes, 48 OCSes (ISCA'23 paper via hardware.md §3.2). */
  public static TorusPodSpec tpuV4() {
    return new TorusPodSpec("tpu-v4-pod", HardwareCatalog.TPU_V4, 64, 4, 4, HardwareCatalog.ICI_V4,
        HardwareCatalog.PCIE_GEN4_X16, HardwareCatalog.PALOMAR_OCS);
  }

  /** TPU v5p: 8,960 chips in 140 cubes (GCP-TPU v5p). */
  public static TorusPodSpec tpuV5p() {
    return new TorusPodSpec("tpu-v5p-pod", HardwareCatalog.TPU_V5P, 140, 4, 4, HardwareCatalog.ICI_V5P,
        HardwareCatalog.PCIE_GEN4_X16, HardwareCatalog.PALOMAR_OCS);
  }

  /** TPU7x Ironwood: 9,216 chips in 144 cubes (GCP-TPU tpu7x). */
  public static TorusPodSpec ironwood() {
    return new TorusPodSpec("ironwood-pod", HardwareCatalog.TPU_7X, 144, 4, 4, HardwareCatalog.ICI_7X,
        HardwareCatalog.PCIE_GEN5_X16, HardwareCatalog.PALOMAR_OCS);
  }
}
