package dev.podium.topology.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HostlistTest {

  @Test
  void compressesConsecutiveNamesIntoRanges() {
    assertThat(Hostlist.compress(names("node", 4, 1, 16))).isEqualTo("node[0001-0016]");
    assertThat(Hostlist.compress(List.of("node0001", "node0002", "node0005", "node0007", "node0008")))
        .isEqualTo("node[0001-0002,0005,0007-0008]");
    assertThat(Hostlist.compress(List.of("tux0", "tux1", "tux2", "tux3", "tux12", "login", "s1")))
        .isEqualTo("tux[0-3,12],login,s1");
    assertThat(Hostlist.compress(List.of("node7"))).isEqualTo("node7");
    assertThat(Hostlist.compress(List.of())).isEmpty();
  }

  @Test
  void followsSlurmsWidthRule() {
    assertThat(Hostlist.compress(List.of("n8", "n9", "n10", "n11"))).isEqualTo("n[8-11]");
    assertThat(Hostlist.compress(List.of("n08", "n09", "n10"))).isEqualTo("n[08-10]");
    assertThat(Hostlist.compress(List.of("n9", "n010"))).isEqualTo("n[9,010]");
    assertThat(Hostlist.expand("n[8-11]")).containsExactly("n8", "n9", "n10", "n11");
    assertThat(Hostlist.expand("n[098-101]")).containsExactly("n098", "n099", "n100", "n101");
  }

  @Test
  void expandsSlurmExpressions() {
    assertThat(Hostlist.expand("tux[0-3,12,18-20]"))
        .containsExactly("tux0", "tux1", "tux2", "tux3", "tux12", "tux18", "tux19", "tux20");
    assertThat(Hostlist.expand("s[0-2],login,gpu[07]")).containsExactly("s0", "s1", "s2", "login", "gpu07");
  }

  @Test
  void rejectsMalformedExpressionsAndNames() {
    assertThatThrownBy(() -> Hostlist.expand("n[3-1]")).hasMessageContaining("ends below its start");
    assertThatThrownBy(() -> Hostlist.expand("n[1-2")).hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> Hostlist.expand("n[1-2]x")).hasMessageContaining("expected prefix[ranges]");
    assertThatThrownBy(() -> Hostlist.expand("n[a-b]")).hasMessageContaining("is not a number or range");
    assertThatThrownBy(() -> Hostlist.compress(List.of("node 1"))).hasMessageContaining("cannot be a host name");
  }

  @Property
  void expandInvertsCompress(@ForAll("hostNames") List<String> names) {
    String expression = Hostlist.compress(names);

    assertThat(Hostlist.expand(expression)).containsExactlyElementsOf(names);
    assertThat(expression.length()).isLessThanOrEqualTo(String.join(",", names).length());
  }

  @Provide
  Arbitrary<List<String>> hostNames() {
    Arbitrary<String> name = Combinators.combine(
            Arbitraries.of("node", "gpu-", "rack1-n", "", "login"),
            Arbitraries.integers().between(0, 1200),
            Arbitraries.integers().between(0, 4))
        .as((prefix, number, width) -> prefix + (width == 0 ? "" : String.format("%0" + width + "d", number)));
    Arbitrary<List<String>> runs = Combinators.combine(
            Arbitraries.of("node", "gpu-", "x9y"), Arbitraries.integers().between(0, 990),
            Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 30))
        .as((prefix, start, width, length) -> names(prefix, width, start, start + length - 1));
    return Arbitraries.oneOf(name.map(List::of), runs).list().ofMaxSize(12)
        .map(parts -> parts.stream().flatMap(List::stream).filter(n -> !n.isEmpty()).toList());
  }

  private static List<String> names(String prefix, int width, int from, int to) {
    List<String> names = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      names.add(prefix + String.format("%0" + width + "d", n));
    }
    return names;
  }
}
