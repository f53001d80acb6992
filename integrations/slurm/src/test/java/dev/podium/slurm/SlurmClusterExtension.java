package dev.podium.slurm;

import dev.podium.topology.fabric.Fabric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Slurm for one test class: writes the fabric's {@code topology.conf}, {@code nodes.conf} and
 * {@code gres.conf} with {@link SlurmConfFiles} into a fresh folder under the temp directory, starts
 * munged, slurmctld and one slurmd per node there with {@code .ci/slurm-up.sh} (loopback only, pid
 * files, bounded waits), and stops them with {@code .ci/slurm-down.sh} after the class (or at JVM exit
 * if that is missed). After each test it cancels the jobs left and resumes drained nodes.
 *
 * <p>Without root, Slurm or munge the class fails when {@code CI=true} and is skipped otherwise.
 */
final class SlurmClusterExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  private static final List<String> TOOLS =
      List.of("slurmctld", "slurmd", "scontrol", "sinfo", "squeue", "sbatch", "srun", "scancel", "munged", "munge");

  private final Fabric fabric;
  private Path dir;
  private Path scripts;
  private ProcessRunner runner;
  private Thread shutdownHook;

  SlurmClusterExtension(Fabric fabric) {
    this.fabric = fabric;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    List<String> missing = missingPrerequisites();
    if (!missing.isEmpty()) {
      String message = "a real Slurm cannot start here: " + String.join("; ", missing)
          + " (.ci/run installs slurm-wlm and munge; see docs/INTEGRATIONS.md)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(message + "; CI=true, so this fails instead of skipping");
      }
      Assumptions.abort(message);
    }
    scripts = findScripts();
    dir = Files.createTempDirectory("podium-slurm-");
    SlurmConfFiles.write(fabric, dir);
    ProcessRunner local = new ProcessRunner(START_LIMIT, Map.of("PODIUM_SLURM_START_TIMEOUT", "60"));
    shutdownHook = new Thread(this::stop, "podium-slurm-down");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    local.run(List.of(scripts.resolve("slurm-up.sh").toString(), dir.toString()), null);
    runner = new ProcessRunner(Duration.ofSeconds(30), Map.of("SLURM_CONF", dir.resolve("slurm.conf").toString()));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (runner == null) {
      return;
    }
    for (SlurmJob job : client().jobs()) {
      if (job.state().equals("PENDING") || job.holdsResources()) {
        client().cancel(job.id());
      }
    }
    List<String> closed = client().nodes().stream().filter(n -> !n.available()).map(SlurmNode::name).toList();
    if (!closed.isEmpty()) {
      scontrol("update", "NodeName=" + String.join(",", closed), "State=RESUME");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (shutdownHook != null) {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
    stop();
  }

  /** Runs {@code scontrol} with {@code arguments} against this cluster. */
  String scontrol(String... arguments) {
    List<String> command = new ArrayList<>(List.of("scontrol"));
    command.addAll(List.of(arguments));
    return runner.run(command, null);
  }

  /** A client of this cluster. */
  SlurmClient client() {
    return new SlurmClient(runner);
  }

  /** The cluster's folder: configuration, logs, job outputs. */
  Path dir() {
    return dir;
  }

  /** The last lines of slurmctld's log, for failure messages. */
  String controllerLog() {
    try {
      List<String> lines = Files.readAllLines(dir.resolve("log/slurmctld.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no slurmctld log: " + e.getMessage() + ")";
    }
  }

  private synchronized void stop() {
    if (dir == null) {
      return;
    }
    try {
      new ProcessRunner(START_LIMIT).run(List.of(scripts.resolve("slurm-down.sh").toString(), dir.toString()), null);
      deleteTree(dir);
    } finally {
      dir = null;
      runner = null;
    }
  }

  private static List<String> missingPrerequisites() {
    List<String> missing = new ArrayList<>();
    if (!"root".equals(System.getProperty("user.name"))) {
      missing.add("needs root (slurmd, mknod), running as " + System.getProperty("user.name"));
    }
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin";
    for (String tool : TOOLS) {
      boolean found = Stream.of(path.split(":")).anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
      if (!found) {
        missing.add(tool + " not installed");
      }
    }
    return missing;
  }

  /** The repository's {@code .ci} folder, found upwards from the working directory. */
  private static Path findScripts() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path scripts = at.resolve(".ci");
      if (Files.isExecutable(scripts.resolve("slurm-up.sh"))) {
        return scripts;
      }
    }
    throw new AssertionError("no .ci/slurm-up.sh above " + Path.of("").toAbsolutePath());
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
