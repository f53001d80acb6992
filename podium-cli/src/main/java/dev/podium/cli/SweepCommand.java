package dev.podium.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podium.sim.report.RunJson;
import dev.podium.sim.workload.DataFolder;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podium sweep}: expands a scenario grid into tasks and writes the Slurm and Kubernetes job files for them. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Expands a scenario grid (fabrics x workloads x policies x seeds, docs/REPORTS.md#sweeps) into"
        + " tasks and writes DIR/tasks.json; --slurm writes a job array script DIR/sweep.sbatch, --k8s an Indexed"
        + " Job manifest DIR/sweep-job.yaml. Each task runs with 'podium sweep-task DIR I'; 'podium merge DIR'"
        + " combines the results. Exit codes: 0 written, 2 bad grid or options.")
final class SweepCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GRID", description = "The scenario grid file (YAML, or JSON if .json).")
  Path grid;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The sweep folder to write.")
  Path out;

  @Option(names = "--slurm", description = "Also write DIR/sweep.sbatch, a Slurm job array with one task per run.")
  boolean slurm;

  @Option(names = "--sbatch-arg", paramLabel = "ARG",
      description = "An extra #SBATCH line for --slurm (repeatable), e.g. --sbatch-arg=--time=30.")
  List<String> sbatchArgs = new ArrayList<>();

  @Option(names = "--java", paramLabel = "PATH",
      description = "The java launcher the Slurm tasks run (default: this JVM's, an absolute path).")
  String java;

  @Option(names = "--classpath", paramLabel = "PATH",
      description = "The class path the Slurm tasks run (default: this JVM's, i.e. the podium jar).")
  String classPath;

  @Option(names = "--k8s", description = "Also write DIR/sweep-job.yaml, a Kubernetes Indexed Job.")
  boolean k8s;

  @Option(names = "--image", paramLabel = "IMAGE", defaultValue = IndexedJobManifest.PLACEHOLDER_IMAGE,
      description = "Container image for --k8s, with podium on its PATH (default ${DEFAULT-VALUE}, a placeholder).")
  String image;

  @Option(names = "--claim", paramLabel = "NAME", defaultValue = "podium-sweep",
      description = "Persistent volume claim holding the sweep folder, for --k8s (default ${DEFAULT-VALUE}).")
  String claim;

  @Option(names = "--mount", paramLabel = "PATH", defaultValue = "/sweep",
      description = "Where the claim is mounted in the pods, for --k8s (default ${DEFAULT-VALUE}).")
  String mount;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "16",
      description = "Pods running at once, for --k8s (default ${DEFAULT-VALUE}, at most the task count).")
  int parallelism;

  @Option(names = "--json", description = "Print the task list and the files written as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (parallelism < 1) {
      throw new IllegalArgumentException("--parallelism must be >= 1, was " + parallelism);
    }
    SweepGrid parsed = GridReader.read(grid);
    List<SweepTask> tasks = parsed.expand();
    Path dir = out.toAbsolutePath().normalize();
    SweepPlan plan = new SweepPlan(parsed.name(), grid.toAbsolutePath().normalize().toString(), tasks);
    plan.write(dir);
    Files.createDirectories(dir.resolve(TaskResults.RESULTS));
    List<Path> written = new ArrayList<>(List.of(dir.resolve(SweepPlan.FILE)));
    if (slurm) {
      Files.createDirectories(dir.resolve("logs"));
      SlurmArrayScript script = new SlurmArrayScript(parsed.name(), dir, tasks.size(),
          java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          classPath != null ? classPath : absoluteClassPath(), dataFolder(), sbatchArgs);
      Path file = dir.resolve(SlurmArrayScript.FILE);
      Files.write(file, script.text().getBytes(StandardCharsets.UTF_8));
      file.toFile().setExecutable(true);
      written.add(file);
    }
    if (k8s) {
      IndexedJobManifest manifest = new IndexedJobManifest(parsed.name(), tasks.size(), image, claim, mount,
          parallelism);
      Path file = dir.resolve(IndexedJobManifest.FILE);
      Files.write(file, manifest.text().getBytes(StandardCharsets.UTF_8));
      written.add(file);
    }
    PrintWriter output = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("name", plan.name());
      node.put("tasks", tasks.size());
      com.fasterxml.jackson.databind.node.ArrayNode files = node.putArray("files");
      written.forEach(file -> files.add(file.toString()));
      output.print(RunJson.text(node));
    } else {
      output.printf("Sweep %s: %d tasks (%d fabrics x %d workloads x %d policies x %d seeds)%n", plan.name(),
          tasks.size(), parsed.fabrics().size(), parsed.workloads().size(), parsed.policies().size(),
          parsed.seeds().size());
      written.forEach(file -> output.println("  " + file));
      output.println(next(dir));
    }
    output.flush();
    return 0;
  }

  private String next(Path dir) {
    if (slurm) {
      return "Submit with: sbatch " + dir.resolve(SlurmArrayScript.FILE) + "; then: podium merge " + dir;
    }
    if (k8s) {
      return "Apply with: kubectl apply -f " + dir.resolve(IndexedJobManifest.FILE) + "; then: podium merge " + dir;
    }
    return "Run each task with: podium sweep-task " + dir + " I; then: podium merge " + dir;
  }

  /** This JVM's class path with every entry absolute. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The data folder this JVM finds, for tasks started elsewhere; null when there is none. */
  private static String dataFolder() {
    try {
      return DataFolder.locate().toAbsolutePath().toString();
    } catch (IllegalStateException e) {
      return null;
    }
  }
}
