package dev.podium.topology.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void numbersCompareByValue() {
    List<String> labels = new ArrayList<>(List.of("P12", "P8", "P10", "S14", "S2", "S1", "P08", "Q"));
    labels.sort(NaturalOrder.INSTANCE);

    assertThat(labels).containsExactly("P08", "P8", "P10", "P12", "Q", "S1", "S2", "S14");
  }

  @Property
  void isAntisymmetricAndOnlyZeroForEqualStrings(
      @ForAll @StringLength(max = 6) String a, @ForAll @StringLength(max = 6) String b) {
    int ab = Integer.signum(NaturalOrder.INSTANCE.compare(a, b));
    int ba = Integer.signum(NaturalOrder.INSTANCE.compare(b, a));

    assertThat(ab).isEqualTo(-ba);
    assertThat(ab == 0).isEqualTo(a.equals(b));
  }

  @Property
  void labelsWithNumbersFollowTheNumbers(
      @ForAll @IntRange(max = 100_000) int x, @ForAll @IntRange(max = 100_000) int y) {
    assertThat(Integer.signum(NaturalOrder.INSTANCE.compare("S" + x + "a", "S" + y + "a")))
        .isEqualTo(Integer.signum(Integer.compare(x, y)));
  }
}
