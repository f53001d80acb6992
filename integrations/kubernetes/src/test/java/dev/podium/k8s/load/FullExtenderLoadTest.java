package dev.podium.k8s.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the full load test ({@code mvn -B -q test -pl integrations/kubernetes -am -Pk8s-load}) and writes
 * {@code benchmarks/results/extender-load.table.json} at the repository's root.
 */
@Tag("k8s-load")
class FullExtenderLoadTest {

  @Test
  void writesTheTable() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("benchmarks"))) {
      root = root.getParent();
    }
    Path out = (root == null ? Path.of("") : root).resolve("benchmarks/results/extender-load.table.json");
    ExtenderLoad.main(new String[] {out.toString()});
  }
}
