package dev.podium.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.podium.sim.report.RunJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep folder's {@code tasks.json}: the sweep's name, the grid it came from and every task with
 * its full config, in index order.
 *
 * @param name the sweep's name
 * @param grid the absolute path of the grid file
 * @param tasks the tasks; task i is at position i
 */
record SweepPlan(String name, String grid, List<SweepTask> tasks) {

  /** The file name in the sweep folder. */
  static final String FILE = "tasks.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Checks that task i sits at position i. */
  SweepPlan {
    tasks = List.copyOf(tasks);
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i).index() != i) {
        throw new IllegalArgumentException(FILE + ": task at position " + i + " has index " + tasks.get(i).index());
      }
    }
  }

  /** Writes {@code DIR/tasks.json}, creating {@code dir}. */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(FILE), RunJson.text(MAPPER.valueToTree(this)).getBytes(StandardCharsets.UTF_8));
  }

  /** Reads {@code DIR/tasks.json}. */
  static SweepPlan read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    try {
      JsonNode json = MAPPER.readTree(file.toFile());
      return MAPPER.treeToValue(json, SweepPlan.class);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new IllegalArgumentException(file + ": no such file; write it with 'podium sweep GRID --out " + dir + "'");
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(file + ": not a sweep task list: " + e.getOriginalMessage());
    }
  }

  /** Task {@code index}, or an error naming the valid range. */
  SweepTask task(int index) {
    if (index < 0 || index >= tasks.size()) {
      throw new IllegalArgumentException("task " + index + " out of range: the sweep has tasks 0.." + (tasks.size() - 1));
    }
    return tasks.get(index);
  }
}
