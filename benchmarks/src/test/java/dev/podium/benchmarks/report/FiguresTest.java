package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** About three significant digits, separators, and a dash for what does not exist. */
class FiguresTest {

  @Test
  void numbersKeepAboutThreeSignificantDigits() {
    assertThat(Figures.number(259035.4)).isEqualTo("259,035");
    assertThat(Figures.number(144.4)).isEqualTo("144");
    assertThat(Figures.number(34.46)).isEqualTo("34.5");
    assertThat(Figures.number(2.345)).isEqualTo("2.35");
    assertThat(Figures.number(0.16)).isEqualTo("0.16");
    assertThat(Figures.number(0.0012345)).isEqualTo("0.00123");
    assertThat(Figures.number(0)).isEqualTo("0");
    assertThat(Figures.number(Double.NaN)).isEqualTo("—");
  }

  @Test
  void meanErrorLeavesOutAnErrorJmhCouldNotCompute() {
    assertThat(Figures.meanError(10.04, 1.8)).isEqualTo("10.0 ± 1.80");
    assertThat(Figures.meanError(10.04, Double.NaN)).isEqualTo("10.0");
  }

  @Test
  void bytesPickAReadableUnit() {
    assertThat(Figures.bytes(136)).isEqualTo("136 B");
    assertThat(Figures.bytes(60191)).isEqualTo("58.8 KiB");
    assertThat(Figures.bytes(1_810_000)).isEqualTo("1.73 MiB");
  }
}
