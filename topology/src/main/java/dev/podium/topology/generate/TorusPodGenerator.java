package dev.podium.topology.generate;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import java.util.List;

/**
 * Builds a TPU pod {@link Fabric} from a {@link TorusPodSpec}.
 *
 * <p>Levels are {@code chip}, {@code host}, {@code cube}, {@code pod}. Inside a cube, chip (x, y, z)
 * links to its +1 neighbour in each dimension over copper ICI; chips on a face link to the optical
 * circuit switch of that dimension and face position (3 x edge² OCSes, each taking the - and + face
 * of every cube), so any cube face can be circuit-connected to any other, which is how the pod forms
 * its 3D torus and slices. A host is a 2x2 tile of one cube layer.
 */
public final class TorusPodGenerator {

  private TorusPodGenerator() {}

  /** Builds the pod. */
  public static Fabric build(TorusPodSpec spec) {
    int edge = spec.cubeEdge();
    int faces = edge * edge;
    FabricBuilder builder =
        new FabricBuilder(spec.name(), spec.accelerator(), List.of("chip", "host", "cube", "pod"), 1);
    int[] ocs = new int[3 * faces];
    for (int i = 0; i < ocs.length; i++) {
      ocs[i] = builder.addOpticalSwitch(3, spec.ocs(), String.format("ocs-%c%02d", 'x' + i / faces, i % faces));
    }
    int perCube = edge * edge * edge;
    int hostsPerCube = perCube / spec.chipsPerHost();
    String cubeFormat = "cube%0" + Integer.toString(spec.cubes() - 1).length() + "d";
    String hostFormat = "host%0" + Integer.toString(spec.cubes() * hostsPerCube - 1).length() + "d";
    int[] chipAt = new int[perCube];
    int hosts = 0;
    for (int c = 0; c < spec.cubes(); c++) {
      builder.open(2, String.format(cubeFormat, c));
      for (int z = 0; z < edge; z++) {
        for (int b = 0; b < edge / 2; b++) {
          for (int a = 0; a < edge / 2; a++) {
            builder.open(1, String.format(hostFormat, hosts++));
            int host = builder.currentHost();
            for (int local = 0; local < 4; local++) {
              int x = 2 * a + (local & 1);
              int y = 2 * b + (local >> 1);
              int chip = builder.addAccelerator();
              chipAt[(z * edge + y) * edge + x] = chip;
              builder.link(host, chip, LinkKind.HOST_IO, spec.hostLink(), 1);
            }
            builder.close(1);
          }
        }
      }
      for (int z = 0; z < edge; z++) {
        for (int y = 0; y < edge; y++) {
          for (int x = 0; x < edge; x++) {
            int chip = chipAt[(z * edge + y) * edge + x];
            int[] coordinate = {x, y, z};
            for (int dim = 0; dim < 3; dim++) {
              int u = coordinate[(dim + 1) % 3];
              int v = coordinate[(dim + 2) % 3];
              if (coordinate[dim] + 1 < edge) {
                int[] next = coordinate.clone();
                next[dim]++;
                builder.link(chip, chipAt[(next[2] * edge + next[1]) * edge + next[0]], LinkKind.SCALE_UP,
                    spec.ici(), 1);
              }
              if (coordinate[dim] == 0 || coordinate[dim] == edge - 1) {
                builder.link(chip, ocs[dim * faces + u * edge + v], LinkKind.OPTICAL, spec.ici(), 1);
              }
            }
          }
        }
      }
      builder.close(2);
    }
    return builder.build();
  }
}
