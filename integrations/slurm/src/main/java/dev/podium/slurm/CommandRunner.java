package dev.podium.slurm;

import java.util.List;

/** Runs one Slurm command and returns its standard output; tests substitute recorded outputs. */
@FunctionalInterface
public interface CommandRunner {

  /**
   * Runs {@code command} with {@code input} on its standard input (none when null).
   *
   * @throws SlurmException when it cannot start, exits non-zero or runs past its time limit
   */
  String run(List<String> command, String input);
}
