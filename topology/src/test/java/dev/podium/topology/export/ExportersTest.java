package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.topology.generate.Presets;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportersTest {

  @Test
  void listsTheFormatsInAStableOrder() {
    assertThat(Exporters.formats())
        .containsExactly("dot", "graphml", "json", "slurm-tree", "slurm-block", "k8s-labels");
    for (String format : Exporters.formats()) {
      assertThat(Exporters.find(format).format()).isEqualTo(format);
      assertThat(Exporters.find(format).description()).isNotBlank();
    }
  }

  @Test
  void rejectsAnUnknownFormatListingTheKnownOnes() {
    assertThatThrownBy(() -> Exporters.write("yaml", Presets.find("dgx-superpod-h100-1su").build(), new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export format 'yaml'; known: dot, graphml, json, slurm-tree, slurm-block, k8s-labels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dot", "graphml", "json", "slurm-tree", "slurm-block", "k8s-labels"})
  void sameFabricGivesSameBytes(String format) throws IOException {
    assertThat(export(format, "tpu-v4-pod")).isEqualTo(export(format, "tpu-v4-pod")).isNotEmpty();
  }

  private static String export(String format, String preset) throws IOException {
    StringWriter out = new StringWriter();
    Exporters.write(format, Presets.find(preset).build(), out);
    return out.toString();
  }
}
