package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessRunnerTest {

  private final ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(10), Map.of("PODIUM_TEST", "set"));

  @Test
  void returnsStandardOutputAndPassesInputAndEnvironment() {
    assertThat(runner.run(List.of("sh", "-c", "cat; echo \" $PODIUM_TEST\""), "hello")).isEqualTo("hello set\n");
  }

  @Test
  void nonZeroExitQuotesStandardError() {
    assertThatThrownBy(() -> runner.run(List.of("sh", "-c", "echo 'sinfo: error: no controller' >&2; exit 1"), null))
        .isInstanceOf(SlurmException.class)
        .hasMessage("'sh -c echo 'sinfo: error: no controller' >&2; exit 1': exit 1: sinfo: error: no controller");
  }

  @Test
  void muchOutputOnBothStreamsDoesNotBlock() {
    String out = runner.run(List.of("sh", "-c", "head -c 300000 /dev/zero | tr '\\0' e >&2;"
        + " head -c 300000 /dev/zero | tr '\\0' o"), null);
    assertThat(out).hasSize(300000);
  }

  @Test
  void missingProgramSaysSo() {
    assertThatThrownBy(() -> runner.run(List.of("podium-no-such-program", "--json"), null))
        .isInstanceOf(SlurmException.class)
        .hasMessageStartingWith("'podium-no-such-program --json': cannot start podium-no-such-program");
  }

  @Test
  void slowCommandIsKilledAtItsTimeLimit() {
    ProcessRunner quick = new ProcessRunner(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThatThrownBy(() -> quick.run(List.of("sleep", "30"), null))
        .isInstanceOf(SlurmException.class).hasMessageContaining("no answer within");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }
}
