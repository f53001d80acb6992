package dev.podium.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's usual output, sent to {@code log}, plus one progress line per finished trial on
 * {@code progress}: JMH's own output is hundreds of lines per suite, too many for a long run's
 * terminal.
 */
final class ProgressOutputFormat implements OutputFormat {

  private final String suite;
  private final OutputFormat log;
  private final PrintStream progress;
  private int trials;
  private BenchmarkParams current;

  ProgressOutputFormat(String suite, OutputFormat log, PrintStream progress) {
    this.suite = suite;
    this.log = log;
    this.progress = progress;
  }

  @Override
  public void startBenchmark(BenchmarkParams params) {
    current = params;
    trials++;
    log.startBenchmark(params);
  }

  @Override
  public void endBenchmark(BenchmarkResult result) {
    log.endBenchmark(result);
    String params = current.getParamsKeys().stream().map(k -> k + "=" + current.getParam(k))
        .collect(Collectors.joining(" "));
    String outcome;
    if (result == null) {
      outcome = "failed (see the JMH log)";
    } else {
      Result<?> primary = result.getPrimaryResult();
      outcome = String.format(Locale.ROOT, "%s %s", Figures.meanError(primary.getScore(), primary.getScoreError()),
          primary.getScoreUnit());
    }
    progress.printf(Locale.ROOT, "  %s #%d %s: %s%n", suite, trials, params.isEmpty() ? current.getBenchmark() : params,
        outcome);
  }

  @Override
  public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    log.iteration(benchParams, params, iteration);
  }

  @Override
  public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
      IterationResult data) {
    log.iterationResult(benchParams, params, iteration, data);
  }

  @Override
  public void startRun() {
    log.startRun();
  }

  @Override
  public void endRun(Collection<RunResult> result) {
    log.endRun(result);
  }

  @Override
  public void print(String s) {
    log.print(s);
  }

  @Override
  public void println(String s) {
    log.println(s);
  }

  @Override
  public void flush() {
    log.flush();
  }

  @Override
  public void close() {
    log.close();
  }

  @Override
  public void verbosePrintln(String s) {
    log.verbosePrintln(s);
  }

  @Override
  public void write(int b) {
    log.write(b);
  }

  @Override
  public void write(byte[] b) throws IOException {
    log.write(b);
  }
}
