package dev.podium.storage.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void parsesDecimalAndBinaryUnits() {
    assertThat(Quantities.bytes("240 PB")).isEqualTo(240_000_000_000_000_000L);
    assertThat(Quantities.bytes("3.84TB")).isEqualTo(3_840_000_000_000L);
    assertThat(Quantities.bytes("1 GiB")).isEqualTo(1L << 30);
    assertThat(Quantities.bytes("4096")).isEqualTo(4096);
    assertThat(Quantities.rate("2 TB/s")).isEqualTo(2e12);
    assertThat(Quantities.rate("7e12")).isEqualTo(7e12);
    assertThat(Quantities.rate("inf")).isInfinite();
    assertThat(Quantities.seconds("1 ms")).isEqualTo(1e-3);
    assertThat(Quantities.seconds("2 min")).isEqualTo(120);
  }

  @Test
  void formatsInTheLargestDecimalUnit() {
    assertThat(Quantities.format(6.48e12)).isEqualTo("6.48 TB");
    assertThat(Quantities.format(240e15)).isEqualTo("240 PB");
    assertThat(Quantities.format(512)).isEqualTo("512 B");
    assertThat(Quantities.formatRate(2e12)).isEqualTo("2 TB/s");
  }

  @Test
  void rejectsWhatIsNotAQuantity() {
    assertThatThrownBy(() -> Quantities.bytes("lots"))
        .hasMessage("expected a size like '240 PB', '3.84 TB' or a number of bytes, was 'lots'");
    assertThatThrownBy(() -> Quantities.seconds("3 fortnights"))
        .hasMessageStartingWith("unknown unit 'fortnights' in '3 fortnights'");
  }
}
