package dev.podium.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs commands with {@link ProcessBuilder}: the caller's environment plus {@code environment}
 * (e.g. {@code SLURM_CONF}), both output streams read concurrently, killed after {@code timeout}.
 */
public final class ProcessRunner implements CommandRunner {

  private static final int STDERR_QUOTE = 2000;

  /** One daemon thread per stream, so a full stderr pipe never waits behind a stdout read. */
  private static final Executor READERS = task -> {
    Thread thread = new Thread(task, "podium-slurm-output");
    thread.setDaemon(true);
    thread.start();
  };

  private final Duration timeout;
  private final Map<String, String> environment;

  /** Runs with the caller's environment plus {@code environment}; each command at most {@code timeout}. */
  public ProcessRunner(Duration timeout, Map<String, String> environment) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
    this.environment = Map.copyOf(environment);
  }

  /** Runs with the caller's environment; each command at most {@code timeout}. */
  public ProcessRunner(Duration timeout) {
    this(timeout, Map.of());
  }

  @Override
  public String run(List<String> command, String input) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SlurmException(command, "cannot start " + command.get(0) + " (is Slurm's client installed and on"
          + " the PATH?): " + e.getMessage(), e);
    }
    CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()), READERS);
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), READERS);
    try {
      try (OutputStream in = process.getOutputStream()) {
        if (input != null) {
          in.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        throw new SlurmException(command, "no answer within " + timeout.toSeconds() + " s (is slurmctld up, and"
            + " SLURM_CONF pointing at its slurm.conf?)");
      }
      String out = stdout.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      String err = stderr.get(timeout.toMillis(), TimeUnit.MILLISECONDS).strip();
      if (process.exitValue() != 0) {
        throw new SlurmException(command, "exit " + process.exitValue() + (err.isEmpty() ? " with no message"
            : ": " + quote(err)));
      }
      return out;
    } catch (IOException e) {
      process.destroyForcibly();
      throw new SlurmException(command, "cannot write its input: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new SlurmException(command, "interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new SlurmException(command, "cannot read its output: " + e.getMessage(), e);
    }
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(String text) {
    return text.length() <= STDERR_QUOTE ? text : text.substring(0, STDERR_QUOTE) + " ...";
  }
}
