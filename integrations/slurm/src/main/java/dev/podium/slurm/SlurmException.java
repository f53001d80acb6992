package dev.podium.slurm;

import java.util.List;

/**
 * A Slurm command failed, timed out or printed what Podium cannot read; the message names the
 * command and quotes its standard error or the unreadable part.
 */
public final class SlurmException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> command;

  /** A failure of {@code command} described by {@code message}. */
  public SlurmException(List<String> command, String message) {
    super("'" + String.join(" ", command) + "': " + message);
    this.command = List.copyOf(command);
  }

  /** A failure of {@code command} described by {@code message}, caused by {@code cause}. */
  public SlurmException(List<String> command, String message, Throwable cause) {
    super("'" + String.join(" ", command) + "': " + message, cause);
    this.command = List.copyOf(command);
  }

  /** The command that failed, program first. */
  public List<String> command() {
    return command;
  }
}
