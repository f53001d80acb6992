package dev.podium.sim.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bundled data folder ({@code shared/data}, holding {@code traces/} and {@code profiles/}):
 * the system property {@value #PROPERTY}, else the environment variable {@value #ENV}, else the first
 * {@code shared/data} with a {@code traces} folder in the working directory or one of its ancestors.
 */
public final class DataFolder {

  /** System property naming the data folder. */
  public static final String PROPERTY = "podium.data";
  /** Environment variable naming the data folder. */
  public static final String ENV = "PODIUM_DATA";

  private DataFolder() {}

  /** The data folder; throws saying where it looked and how to set it. */
  public static Path locate() {
    return locate(System.getProperty(PROPERTY), System.getenv(ENV), Path.of("").toAbsolutePath());
  }

  /** The data folder from an explicit setting ({@code property}, then {@code env}), else found above {@code start}. */
  static Path locate(String property, String env, Path start) {
    for (String[] setting : new String[][] {{"-D" + PROPERTY, property}, {ENV, env}}) {
      if (setting[1] != null && !setting[1].isBlank()) {
        Path folder = Path.of(setting[1]).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve("traces"))) {
          throw new IllegalStateException(setting[0] + "=" + setting[1] + " is not a data folder: " + folder
              + " has no traces/ folder");
        }
        return folder;
      }
    }
    List<String> tried = new ArrayList<>();
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path folder = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(folder.resolve("traces"))) {
        return folder;
      }
      tried.add(folder.toString());
    }
    throw new IllegalStateException("bundled traces not found: no shared/data/traces above " + start
        + " (looked in " + String.join(", ", tried) + "); set -D" + PROPERTY + "=<data folder> or " + ENV);
  }
}
