package dev.podium.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The footprint mains' optional leading --runs N. */
class RunsArgumentTest {

  @Test
  void runsDefaultUnlessGivenFirst() {
    assertThat(RunsArgument.parse(new String[] {"a", "b"}, 5, "M")).isEqualTo(new RunsArgument(5, List.of("a", "b")));
    assertThat(RunsArgument.parse(new String[] {"--runs", "2", "a"}, 5, "M")).isEqualTo(new RunsArgument(2, List.of("a")));
  }

  @Test
  void badRunsNameTheMainAndTheValue() {
    assertThatThrownBy(() -> RunsArgument.parse(new String[] {"--runs", "x"}, 5, "FabricFootprint"))
        .hasMessage("FabricFootprint: --runs must be a whole number, was 'x'");
    assertThatThrownBy(() -> RunsArgument.parse(new String[] {"--runs", "0"}, 5, "FabricFootprint"))
        .hasMessage("FabricFootprint: --runs must be at least 1, was 0");
    assertThatThrownBy(() -> RunsArgument.parse(new String[] {"--runs"}, 5, "FabricFootprint"))
        .hasMessage("FabricFootprint: --runs needs a number of runs");
  }
}
