package dev.podium.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The generator end to end on one small JMH suite, with a real fork: about half a minute, so tagged
 * slow. It waits if another JMH run holds the JMH lock.
 */
@Tag("slow")
class PerformanceReportEndToEndTest {

  @TempDir Path dir;

  @Test
  void aQuickRunOfOneSuiteWritesTheDocument() throws IOException {
    Path out = dir.resolve("PERFORMANCE.md");
    Path results = Files.createDirectories(dir.resolve("results"));
    Files.writeString(results.resolve("x.table.json"), """
        {"title": "External", "command": "run", "machine": "m", "date": "2026-11-27",
         "columns": ["a"], "rows": [[1]]}""");

    int status = new CommandLine(new PerformanceReport()).execute("--quick", "--only", "^fabric-graph$", "--out",
        out.toString(), "--results", results.toString(), "--work", dir.resolve("work").toString());

    assertThat(status).isZero();
    String md = Files.readString(out);
    assertThat(md).startsWith("# Performance (quick run: not for comparison)");
    assertThat(md).containsPattern("`fabric.graph\\(\\)` on `clos-131k`, single shot: \\*\\*[0-9,.]+( ± [0-9,.]+)? ms\\*\\*"
        + " over 2 shots");
    assertThat(md).contains("| `fabric-graph` | first fabric.graph() call on clos-131k |");
    assertThat(md).contains("_Not measured in this run: suite `placement-decision` was left out by `--only`._");
    assertThat(md).contains("### External\n");
    assertThat(dir.resolve("work/fabric-graph.json")).exists();
  }
}
