package dev.podium.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.topology.generate.Presets;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The benchmarked preset names exist and the JMH parameter list matches them. */
class BenchmarkedPresetsTest {

  @Test
  void everyNameIsAPreset() {
    for (String name : BenchmarkedPresets.NAMES) {
      assertThat(Presets.find(name).name()).isEqualTo(name);
    }
  }

  @Test
  void buildBenchmarkCoversExactlyTheseNames() throws NoSuchFieldException {
    Param param = FabricBuildBenchmark.class.getField("preset").getAnnotation(Param.class);

    assertThat(param.value()).containsExactlyElementsOf(BenchmarkedPresets.NAMES);
  }
}
