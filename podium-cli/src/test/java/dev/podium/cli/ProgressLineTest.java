package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line: rewritten in place with a carriage return, silent when disabled. */
class ProgressLineTest {

  private final StringWriter err = new StringWriter();

  @Test
  void oneRunShowsSimulatedTimeEventsJobsAndPercent() {
    ProgressLine line = new ProgressLine(new PrintWriter(err), true, 1, 200);
    line.forRun(0).update(7200, 16_384, 50, 200);
    line.forRun(0).update(14_400, 32_768, 200, 200);
    line.finish();
    assertThat(err.toString()).isEqualTo("\rsimulated 2.0 h  16,384 events  50/200 jobs  25.0%"
        + "\rsimulated 4.0 h  32,768 events  200/200 jobs  100.0%" + System.lineSeparator());
  }

  @Test
  void severalRunsAddUp() {
    ProgressLine line = new ProgressLine(new PrintWriter(err), true, 2, 100);
    line.forRun(1).update(10, 500, 100, 100);
    assertThat(err.toString()).isEqualTo("\r1/2 runs done  500 events  100/200 jobs  50.0%");
  }

  @Test
  void disabledPrintsNothing() {
    ProgressLine line = new ProgressLine(new PrintWriter(err), false, 1, 10);
    assertThat(line.forRun(0)).isNull();
    line.finish();
    assertThat(err.toString()).isEmpty();
  }
}
