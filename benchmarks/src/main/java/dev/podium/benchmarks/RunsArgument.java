package dev.podium.benchmarks;

import java.util.List;

/**
 * The footprint mains' optional leading {@code --runs N}, and the arguments after it.
 *
 * @param runs measured runs per preset
 * @param rest the remaining arguments (preset names)
 */
record RunsArgument(int runs, List<String> rest) {

  /** Reads {@code [--runs N] rest...}; {@code main} names the program in errors. */
  static RunsArgument parse(String[] args, int defaultRuns, String main) {
    if (args.length == 0 || !args[0].equals("--runs")) {
      return new RunsArgument(defaultRuns, List.of(args));
    }
    if (args.length < 2) {
      throw new IllegalArgumentException(main + ": --runs needs a number of runs");
    }
    int runs;
    try {
      runs = Integer.parseInt(args[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(main + ": --runs must be a whole number, was '" + args[1] + "'");
    }
    if (runs < 1) {
      throw new IllegalArgumentException(main + ": --runs must be at least 1, was " + runs);
    }
    return new RunsArgument(runs, List.of(args).subList(2, args.length));
  }
}
