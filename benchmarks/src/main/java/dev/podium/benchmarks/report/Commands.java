package dev.podium.benchmarks.report;

import java.util.List;
import java.util.stream.Collectors;

/** Command lines as a reader would type them in a POSIX shell, run from the repository root. */
final class Commands {

  /** The uber jar every command runs from. */
  static final String JAR = "benchmarks/target/benchmarks.jar";
  /** Builds {@link #JAR}. */
  static final String BUILD = "mvn -B -q -DskipTests package -pl benchmarks -am";

  private Commands() {}

  /** The words joined by spaces, each quoted if the shell would split or expand it. */
  static String join(List<String> words) {
    return words.stream().map(Commands::quote).collect(Collectors.joining(" "));
  }

  /** {@code word}, in single quotes if it holds anything but letters, digits and {@code -_.,/=:+@%}. */
  static String quote(String word) {
    if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.,/=:+@%".indexOf(c) >= 0)) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
