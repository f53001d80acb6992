package dev.podium.benchmarks.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A JMH suite of the report, defined by the arguments {@code java -jar benchmarks.jar} would take,
 * so that the command printed in the report is exactly what the Runner API ran.
 *
 * @param selection benchmark regex, parameters, profilers and JVM flags
 * @param iterations iteration and fork overrides of a full run (empty: the annotations' defaults)
 * @param quickIterations the overrides of a {@code --quick} run
 */
record JmhSuite(List<String> selection, List<String> iterations, List<String> quickIterations) {

  /** Quick overrides for timed modes: one fork, one short warmup and one short measured iteration. */
  static final List<String> QUICK_TIMED = List.of("-f", "1", "-wi", "1", "-i", "1", "-w", "200ms", "-r", "200ms");
  /** Quick overrides for single-shot mode. */
  static final List<String> QUICK_SHOTS = List.of("-f", "1", "-wi", "1", "-i", "2");

  /** The full argument list of a full or quick run. */
  List<String> args(boolean quick) {
    List<String> args = new ArrayList<>(selection);
    args.addAll(quick ? quickIterations : iterations);
    return args;
  }

  /** The command that runs this suite on its own. */
  String command(boolean quick) {
    return "java -jar " + Commands.JAR + " " + Commands.join(args(quick));
  }

  /**
   * JMH options for the run, writing JSON results to {@code json}. The fork's JVM arguments are the
   * suite's own ({@code @Fork} and {@code -jvmArgsAppend}) and never this JVM's, as under
   * {@code java -jar}.
   */
  Options options(boolean quick, Path json) {
    try {
      return new OptionsBuilder()
          .parent(new CommandLineOptions(args(quick).toArray(String[]::new)))
          .jvmArgs()
          .result(json.toString())
          .resultFormat(ResultFormatType.JSON)
          .build();
    } catch (CommandLineOptionException e) {
      throw new IllegalStateException("JMH rejects the suite's arguments " + args(quick) + ": " + e.getMessage(), e);
    }
  }
}
