package dev.podium.cli;

import dev.podium.sim.report.ReportWriter;
import dev.podium.sim.run.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a sweep task's results live: {@code DIR/results/task-I/} (a report folder, moved into place
 * only when complete) or, when the task failed, {@code DIR/results/task-I.failed} holding the error.
 */
final class TaskResults {

  /** The results folder of a sweep folder. */
  static final String RESULTS = "results";

  private TaskResults() {}

  /** The report folder of {@code task}. */
  static Path folder(Path dir, SweepTask task) {
    return dir.resolve(RESULTS).resolve(task.folder());
  }

  /** The failure marker of {@code task}. */
  static Path failure(Path dir, SweepTask task) {
    return dir.resolve(RESULTS).resolve(task.folder() + ".failed");
  }

  /** Writes the report of {@code result} next to its final place, then moves it there, replacing an older one. */
  static Path write(Path dir, SweepTask task, SimulationResult result) throws IOException {
    Path target = folder(dir, task);
    Path staging = dir.resolve(RESULTS).resolve("." + task.folder() + ".tmp-" + ProcessHandle.current().pid());
    delete(staging);
    ReportWriter.write(result, staging);
    delete(target);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    Files.deleteIfExists(failure(dir, task));
    return target;
  }

  /** Records that {@code task} failed with {@code message}. */
  static void fail(Path dir, SweepTask task, String message) throws IOException {
    Files.createDirectories(dir.resolve(RESULTS));
    Files.write(failure(dir, task), (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
