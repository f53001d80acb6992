package dev.podium.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Finds files outside the module: the repository root (holding {@code examples/}) and the shared
 * data folder next to it, by walking up from the working directory (Maven runs tests in the module
 * directory).
 */
public final class TestPaths {

  private TestPaths() {}

  /** {@code relative} under the repository root. */
  public static Path repo(String relative) {
    return up(dir -> Files.isDirectory(dir.resolve("topology")) && Files.isRegularFile(dir.resolve("pom.xml")))
        .resolve(relative);
  }

  /** {@code relative} under the {@code shared} folder, e.g. {@code data/topologies/...}. */
  public static Path shared(String relative) {
    return up(dir -> Files.isDirectory(dir.resolve("shared/data"))).resolve("shared").resolve(relative);
  }

  private static Path up(Predicate<Path> found) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (found.test(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("not found above " + start);
  }
}
