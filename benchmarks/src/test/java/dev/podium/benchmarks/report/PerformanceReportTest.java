package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: bad input stops the generator before any suite runs. */
class PerformanceReportTest {

  @TempDir Path dir;

  @Test
  void anOnlyThatMatchesNoSuiteExitsWithTwoAndWritesNothing() {
    Path out = dir.resolve("P.md");

    int status = new CommandLine(new PerformanceReport()).execute("--only", "no-such-suite", "--out", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(out).doesNotExist();
  }

  @Test
  void anOnlyThatIsNotARegexExitsWithTwo() {
    assertThat(new CommandLine(new PerformanceReport()).execute("--only", "(")).isEqualTo(2);
  }

  @Test
  void aMalformedExternalTableExitsWithTwoBeforeAnySuiteRuns() throws IOException {
    Files.writeString(dir.resolve("bad.table.json"), "{\"title\": 1}");
    Path out = dir.resolve("P.md");

    int status = new CommandLine(new PerformanceReport()).execute("--results", dir.toString(), "--out", out.toString(),
        "--work", dir.resolve("work").toString());

    assertThat(status).isEqualTo(2);
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("work")).doesNotExist();
  }

  @Test
  void theRecordedCommandCarriesTheOptionsThatChangeTheDocument() {
    PerformanceReport report = new PerformanceReport();
    new CommandLine(report).parseArgs("--quick", "--only", "fabric-(build|graph)$", "--work", "/tmp/w");

    assertThat(report.command()).isEqualTo("java -cp benchmarks/target/benchmarks.jar"
        + " dev.podium.benchmarks.report.PerformanceReport --quick --only 'fabric-(build|graph)$'");
  }
}
