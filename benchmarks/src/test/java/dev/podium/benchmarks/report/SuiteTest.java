package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

/** The suite catalogue: ids, --only, the commands printed, and the JMH options built from them. */
class SuiteTest {

  @Test
  void onlyMatchesIdsAnywhereInRunOrder() {
    assertThat(Suite.matching(null)).containsExactly(Suite.values());
    assertThat(Suite.matching("footprint")).containsExactly(Suite.FABRIC_FOOTPRINT, Suite.SCHEDULER_FOOTPRINT);
    assertThat(Suite.matching("^fabric-build$")).containsExactly(Suite.FABRIC_BUILD);
    assertThat(Suite.matching("nothing")).isEmpty();
    assertThatThrownBy(() -> Suite.matching("(")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void everyJmhSuiteBuildsOptionsFromExactlyThePrintedArguments() {
    for (Suite suite : Suite.values()) {
      if (suite.jmh() == null) {
        continue;
      }
      for (boolean quick : List.of(false, true)) {
        Options options = suite.jmh().options(quick, Path.of("out.json"));

        assertThat(options.getResult().get()).as(suite.id()).isEqualTo("out.json");
        assertThat(options.getJvmArgs().get()).as("forks never take this JVM's arguments").isEmpty();
        assertThat(suite.command(quick)).startsWith("java -jar benchmarks/target/benchmarks.jar ")
            .endsWith(Commands.join(suite.jmh().args(quick)));
      }
    }
  }

  @Test
  void quickRunsShortenIterationsAndForks() {
    Options cold = Suite.FABRIC_COLD_BUILD.jmh().options(true, Path.of("x.json"));
    Options decisions = Suite.PLACEMENT_DECISION.jmh().options(true, Path.of("x.json"));

    assertThat(cold.getForkCount().get()).isEqualTo(2);
    assertThat(Suite.FABRIC_COLD_BUILD.jmh().options(false, Path.of("x.json")).getForkCount().get()).isEqualTo(5);
    assertThat(decisions.getMeasurementIterations().get()).isEqualTo(1);
    assertThat(decisions.getProfilers()).extracting(p -> p.getKlass()).containsExactly("gc");
    assertThat(Suite.FABRIC_BUILD.jmh().options(false, Path.of("x.json")).getMeasurementIterations().hasValue())
        .as("a full run keeps the annotations' iterations").isFalse();
  }

  @Test
  void childSuitesPrintTheStandaloneMainWithItsFlags() {
    assertThat(Suite.SCHEDULER_FOOTPRINT.command(false)).isEqualTo("java -XX:+UseParallelGC -Xms2g -Xmx2g -cp"
        + " benchmarks/target/benchmarks.jar dev.podium.benchmarks.SchedulerFootprint --runs 5 clos-131k meta-24k-roce");
    assertThat(Suite.PHILLY_REPLAY.command(true)).isEqualTo("java -Xmx2g -cp benchmarks/target/benchmarks.jar"
        + " dev.podium.benchmarks.PhillyReplay philly dgx-superpod-h100-8su topology-aware 1");
  }

  @Test
  void idsAreUniqueAndSayWhatTheyMeasure() {
    assertThat(List.of(Suite.values())).extracting(Suite::id).doesNotHaveDuplicates();
    assertThat(List.of(Suite.values())).allSatisfy(s -> assertThat(s.what()).isNotBlank());
  }
}
