package dev.podium.benchmarks.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Regenerates {@code docs/PERFORMANCE.md}: runs every suite (or those {@code --only} picks), collects
 * the machine's facts and the external result tables, and renders the document from the template.
 * Run from the repository root:
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.podium.benchmarks.report.PerformanceReport}
 */
@Command(name = "PerformanceReport", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs the benchmark suites and regenerates docs/PERFORMANCE.md (about 17 minutes on an idle"
        + " 2-core machine; --quick about 4). Progress goes to standard error. Run from the repository root.",
        "Suites, in run order: fabric-build, fabric-build-parallel-gc, fabric-cold-build, fabric-graph,"
            + " fabric-footprint, placement-decision, simulation-events, scheduler-footprint, philly-replay.",
        "Exit codes: 0 written, 1 written but some suite failed (its section says why), 2 bad arguments or input."})
public final class PerformanceReport implements Callable<Integer> {

  static final String MAIN = "java -cp " + Commands.JAR + " " + PerformanceReport.class.getName();
  private static final Path DEFAULT_OUT = Path.of("docs/PERFORMANCE.md");
  private static final Path DEFAULT_RESULTS = Path.of("benchmarks/results");

  @Option(names = "--out", paramLabel = "PATH", description = "Write the document here (default: ${DEFAULT-VALUE}).")
  Path out = DEFAULT_OUT;

  @Option(names = "--only", paramLabel = "REGEX",
      description = "Run only the suites whose id contains a match of REGEX, e.g. 'fabric-(build|graph)$'.")
  String only;

  @Option(names = "--quick", description = "Smoke run: one short iteration per JMH trial, one footprint run and one"
      + " Philly replay. The document says at the top that its numbers are not for comparison.")
  boolean quick;

  @Option(names = "--results", paramLabel = "DIR",
      description = "Render every *.table.json file in DIR as an external table (default: ${DEFAULT-VALUE}).")
  Path results = DEFAULT_RESULTS;

  @Option(names = "--work", paramLabel = "DIR",
      description = "JMH's JSON results and logs and the child JVMs' JSON go here (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("benchmarks/target/performance");

  /** Entry point; exits with {@link #call}'s status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PerformanceReport()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<Suite> suites;
    try {
      suites = Suite.matching(only);
    } catch (PatternSyntaxException e) {
      System.err.println("--only: '" + only + "' is not a regular expression: " + e.getDescription());
      return 2;
    }
    if (suites.isEmpty()) {
      System.err.println("--only: '" + only + "' matches no suite id; the ids are "
          + Arrays.stream(Suite.values()).map(Suite::id).collect(Collectors.joining(", ")));
      return 2;
    }
    // External tables are read before the long run, so a malformed one fails in seconds, not minutes.
    List<ExternalTable> tables;
    try {
      tables = ExternalTables.readFolder(results);
    } catch (IllegalArgumentException e) {
      System.err.println("--results: " + e.getMessage());
      return 2;
    }
    System.err.printf(Locale.ROOT, "%s: %d suite(s)%s, %d external table(s) from %s%n", out, suites.size(),
        quick ? " (quick)" : "", tables.size(), results);
    Machine machine = MachineProbe.probe();
    Instant started = Instant.now();
    Measurements measurements = new SuiteRunner(work, quick, System.err).run(suites);
    Instant finished = Instant.now();
    ReportRun run = new ReportRun(command(), started, finished, quick, only, results.toString());
    String document = PerformanceDocument.render(new Report(measurements, machine, run, tables));
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, document, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "wrote %s in %s min%n", out,
        Figures.minutes((finished.toEpochMilli() - started.toEpochMilli()) / 1e3));
    return measurements.suiteRuns().stream().allMatch(SuiteRun::completed) ? 0 : 1;
  }

  /** This run's command line, with the options that change the document. */
  String command() {
    List<String> words = new ArrayList<>();
    if (quick) {
      words.add("--quick");
    }
    if (only != null) {
      words.addAll(List.of("--only", only));
    }
    if (!out.equals(DEFAULT_OUT)) {
      words.addAll(List.of("--out", out.toString()));
    }
    if (!results.equals(DEFAULT_RESULTS)) {
      words.addAll(List.of("--results", results.toString()));
    }
    return words.isEmpty() ? MAIN : MAIN + " " + Commands.join(words);
  }
}
