package dev.podium.sim.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the shared data and the project's examples, and small temp files for tests. */
final class TestFiles {

  private TestFiles() {}

  static Path data() {
    return DataFolder.locate();
  }

  static Path profiles() {
    return data().resolve("profiles/pollux-placements");
  }

  static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path examples = dir.resolve("examples/workloads");
      if (Files.isDirectory(examples)) {
        return examples;
      }
    }
    throw new IllegalStateException("examples/workloads not found above " + Path.of("").toAbsolutePath());
  }

  static Path write(Path dir, String name, String... lines) {
    try {
      return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
