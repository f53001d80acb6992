package dev.podium.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link ChildSuite} in a fresh JVM with the suite's flags and this JVM's class path, and reads
 * back what {@link ChildMeasurement} wrote. The child prints its progress on standard error.
 */
final class ChildJvm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work;
  private final boolean quick;

  ChildJvm(Path work, boolean quick) {
    this.work = work;
    this.quick = quick;
  }

  /**
   * The child's result as {@code type}, with its usage and wall time.
   *
   * @param id the suite's id, naming the output file {@code WORK/<id>.json}
   */
  <T> Result<T> run(String id, ChildSuite suite, Class<T> type) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path out = work.resolve(id + ".json");
    Files.deleteIfExists(out);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(suite.jvmFlags());
    String data = System.getProperty("podium.data");
    if (data != null) {
      command.add("-Dpodium.data=" + data);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildMeasurement.class.getName(),
        suite.mainClass(), out.toString()));
    command.addAll(suite.args(quick));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).inheritIO().start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0 || !Files.exists(out)) {
      throw new IOException("the child JVM for " + id + " (" + suite.mainClass() + ") exited with status " + exit
          + (Files.exists(out) ? "" : " and wrote no " + out) + "; its output is above");
    }
    JsonNode written = JSON.readTree(out.toFile());
    return new Result<>(JSON.treeToValue(written.get("result"), type),
        JSON.treeToValue(written.get("usage"), ProcessUsage.class), seconds);
  }

  /**
   * A child's result.
   *
   * @param seconds wall time of the child JVM, start to exit
   */
  record Result<T>(T value, ProcessUsage usage, double seconds) {}
}
