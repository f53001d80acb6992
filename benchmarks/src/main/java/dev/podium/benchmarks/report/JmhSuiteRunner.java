package dev.podium.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a {@link JmhSuite} through JMH's Runner API into {@code WORK/<id>.json} (JMH's log beside it
 * in {@code <id>.log}) and reads the results back. If another JMH run holds JMH's machine-wide lock,
 * it waits for it instead of running two benchmarks on the same cores at once.
 */
final class JmhSuiteRunner {

  private static final Duration LOCK_POLL = Duration.ofSeconds(20);
  private static final Duration LOCK_REPORT = Duration.ofMinutes(5);

  private final Path work;
  private final boolean quick;
  private final PrintStream progress;

  JmhSuiteRunner(Path work, boolean quick, PrintStream progress) {
    this.work = work;
    this.quick = quick;
    this.progress = progress;
  }

  /**
   * Runs the suite and returns its trials; a trial that fails (e.g. a preset that does not build) is
   * absent from the results and described in the log.
   *
   * @param started called when JMH has the lock and the suite really starts
   */
  List<JmhResult> run(String id, JmhSuite suite, Runnable started)
      throws IOException, RunnerException, InterruptedException {
    Files.createDirectories(work);
    Path json = work.resolve(id + ".json");
    Path log = work.resolve(id + ".log");
    Files.deleteIfExists(json);
    long waitingSince = System.nanoTime();
    long nextReport = 0;
    while (true) {
      try (PrintStream logStream = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
        ProgressOutputFormat output = new ProgressOutputFormat(id,
            OutputFormatFactory.createFormatInstance(logStream, VerboseMode.NORMAL), progress);
        Runner runner = new Runner(suite.options(quick, json), output);
        started.run();
        runCapturingForkOutput(runner, logStream);
        break;
      } catch (RunnerException e) {
        if (!lockHeld(e)) {
          throw new RunnerException("JMH suite " + id + " failed (log: " + log + "): " + e.getMessage(), e);
        }
        long waited = System.nanoTime() - waitingSince;
        if (waited >= nextReport) {
          progress.printf("  %s: another JMH run holds the JMH lock; waiting for it (%d min so far)%n", id,
              Duration.ofNanos(waited).toMinutes());
          nextReport = waited + LOCK_REPORT.toNanos();
        }
        Thread.sleep(LOCK_POLL.toMillis());
      }
    }
    if (!Files.exists(json)) {
      throw new IOException("JMH suite " + id + " wrote no results to " + json + " (log: " + log + ")");
    }
    progress.println("  " + id + ": JMH log " + log + ", results " + json);
    return JmhResults.read(json);
  }

  /**
   * Runs JMH with this JVM's standard streams sent to the log: JMH copies its forks' own output (here
   * the decision benchmark's setup lines) straight to them, which would bury the progress lines.
   */
  private static void runCapturingForkOutput(Runner runner, PrintStream log) throws RunnerException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    System.setOut(log);
    System.setErr(log);
    try {
      runner.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** JMH refuses to start while another JMH instance holds {@code jmh.lock} in the temporary folder. */
  private static boolean lockHeld(RunnerException e) {
    return e.getMessage() != null && e.getMessage().contains("JMH lock");
  }
}
