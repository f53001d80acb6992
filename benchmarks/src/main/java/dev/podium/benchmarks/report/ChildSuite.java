package dev.podium.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A measurement that needs a JVM of its own, with particular flags: one of the benchmark mains,
 * run through {@link ChildMeasurement} so that its figures come back as JSON.
 *
 * @param mainClass the standalone main that prints the same measurement, e.g. {@code dev.podium.benchmarks.FabricFootprint}
 * @param jvmFlags the child's JVM flags, e.g. {@code -XX:+UseParallelGC -Xms2g -Xmx2g}
 * @param args the main's arguments in a full run
 * @param quickArgs the main's arguments in a {@code --quick} run
 */
record ChildSuite(String mainClass, List<String> jvmFlags, List<String> args, List<String> quickArgs) {

  /** The main's arguments in a full or quick run. */
  List<String> args(boolean quick) {
    return quick ? quickArgs : args;
  }

  /** The command that runs this measurement on its own (it prints a Markdown table). */
  String command(boolean quick) {
    List<String> words = new ArrayList<>(List.of("java"));
    words.addAll(jvmFlags);
    words.addAll(List.of("-cp", Commands.JAR, mainClass));
    words.addAll(args(quick));
    return Commands.join(words);
  }
}
