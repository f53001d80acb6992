package dev.podium.topology.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.topology.generate.Presets;
import org.junit.jupiter.api.Test;

class FabricWithNameTest {

  @Test
  void renamesTheFabricAndItsTopDomainAndKeepsEverythingElse() {
    Fabric original = Presets.find("dgx-superpod-h100-1su").build();

    Fabric renamed = original.withName("lab-pod");

    int top = original.levelCount() - 1;
    assertThat(renamed.name()).isEqualTo("lab-pod");
    assertThat(renamed.domainName(top, 0)).isEqualTo("lab-pod");
    assertThat(original.name()).isEqualTo("dgx-superpod-h100-1su");
    assertThat(original.domainName(top, 0)).isEqualTo("dgx-superpod-h100-1su");
    assertThat(renamed.acceleratorCount()).isEqualTo(original.acceleratorCount());
    assertThat(renamed.linkCount()).isEqualTo(original.linkCount());
    assertThat(renamed.levels()).isEqualTo(original.levels());
    assertThat(renamed.domainName(1, 3)).isEqualTo(original.domainName(1, 3));
  }
}
