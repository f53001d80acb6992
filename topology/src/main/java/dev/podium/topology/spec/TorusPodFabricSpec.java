package dev.podium.topology.spec;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.FieldException;
import dev.podium.topology.generate.TorusPodGenerator;
import dev.podium.topology.generate.TorusPodSpec;

/**
 * {@code generator: torus-pod}: a TPU pod of cubes joined by optical circuit switches, mapped onto
 * {@link TorusPodSpec}.
 *
 * @param name fabric name (required)
 * @param accelerator accelerator catalog key (required)
 * @param cubes cubes in the pod (required, at least 1)
 * @param cubeEdge chips along a cube edge (default 4; even, at least 2)
 * @param chipsPerHost chips per host (default 4, the only supported value)
 * @param ici ICI link catalog key (required)
 * @param hostLink host-to-chip link catalog key (required)
 * @param ocs optical circuit switch catalog key (default {@code palomar-ocs})
 */
public record TorusPodFabricSpec(
    String name,
    AcceleratorModel accelerator,
    Integer cubes,
    Integer cubeEdge,
    Integer chipsPerHost,
    LinkModel ici,
    LinkModel hostLink,
    SwitchModel ocs) implements FabricSpec {

  /** Applies the defaults and checks every field. */
  public TorusPodFabricSpec {
    FieldChecks.name("name", name);
    FieldChecks.required("accelerator", accelerator);
    cubes = FieldChecks.atLeast("cubes", FieldChecks.required("cubes", cubes), 1);
    cubeEdge = FieldChecks.atLeast("cubeEdge", cubeEdge, 4, 2);
    if (cubeEdge % 2 != 0) {
      throw new FieldException("cubeEdge", "must be even (hosts are 2x2 tiles of a cube layer), was " + cubeEdge);
    }
    chipsPerHost = chipsPerHost == null ? 4 : chipsPerHost;
    if (chipsPerHost != 4) {
      throw new FieldException("chipsPerHost", "must be 4 (a 2x2 tile of a cube layer), was " + chipsPerHost);
    }
    if ((long) cubes * cubeEdge * cubeEdge * cubeEdge > Integer.MAX_VALUE) {
      throw new FieldException("cubes", "the pod would hold more than " + Integer.MAX_VALUE + " chips");
    }
    FieldChecks.required("ici", ici);
    FieldChecks.required("hostLink", hostLink);
    ocs = ocs == null ? HardwareCatalog.PALOMAR_OCS : ocs;
  }

  /** The generator parameters this spec stands for. */
  public TorusPodSpec torusPodSpec() {
    return new TorusPodSpec(name, accelerator, cubes, cubeEdge, chipsPerHost, ici, hostLink, ocs);
  }

  @Override
  public Fabric build() {
    return TorusPodGenerator.build(torusPodSpec());
  }
}
