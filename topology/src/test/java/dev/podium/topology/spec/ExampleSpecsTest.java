package dev.podium.topology.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.TestPaths;
import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The spec files under examples/specs load and build what their comments say. */
class ExampleSpecsTest {

  private static final Path EXAMPLES = TestPaths.repo("examples/specs");

  @Test
  void everyExampleBuilds() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      assertThat(files.sorted().map(f -> FabricSpecs.load(f).name()))
          .containsExactly("lab-1k-roce", "mixed-racks", "tpu-v5p-1k");
    }
  }

  @Test
  void customClos() {
    Fabric fabric = FabricSpecs.load(EXAMPLES.resolve("lab-1k-roce.yaml"));

    assertThat(fabric.acceleratorCount()).isEqualTo(1_024);
    assertThat(fabric.switchesPerTier()).containsEntry("leaf", 16).containsEntry("spine", 4);
    assertThat(fabric.levels().get(3).oversubscription()).isCloseTo(2.0, within(1e-9));
    assertThat(fabric.levels().get(3).bandwidthBytesPerSecond()).isCloseTo(25e9, within(1.0));
  }

  @Test
  void tree() {
    Fabric fabric = FabricSpecs.load(EXAMPLES.resolve("mixed-racks-tree.yaml"));

    assertThat(fabric.acceleratorCount()).isEqualTo(72);
    assertThat(fabric.domainCount(2)).isEqualTo(3);
    assertThat(fabric.memberCount(2, 0)).isEqualTo(32);
    assertThat(fabric.memberCount(2, 1)).isEqualTo(16);
    assertThat(fabric.memberCount(3, 1)).isEqualTo(24);
    assertThat(fabric.levels().get(4).oversubscription()).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void torus() {
    Fabric fabric = FabricSpecs.load(EXAMPLES.resolve("tpu-v5p-1k.json"));

    assertThat(fabric.acceleratorCount()).isEqualTo(1_024);
    assertThat(fabric.domainCount(2)).isEqualTo(16);
    assertThat(fabric.switchesPerTier()).containsEntry("ocs", 48);
  }
}
