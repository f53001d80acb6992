package dev.podium.slurm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Outputs recorded from Slurm 22.05.8 on 16 emulated nodes (node[001-016], gpu:8 each, leaf1..leaf4
 * under spine): node001 drained, node002 down, node003 drained, job 7 holding all of node004's GPUs,
 * job 6 GPUs 0-1 of node005 and node006, job 8 all CPUs and GPUs 0-2 of node007.
 */
final class Fixtures {

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A runner answering the three read commands with the recorded outputs. */
  static CommandRunner recorded() {
    Map<String, String> outputs = Map.of("scontrol show topology", text("topology-22.05.txt"),
        "sinfo --json", text("sinfo-22.05.json"), "squeue --json", text("squeue-22.05.json"));
    return (command, input) -> {
      String output = outputs.get(String.join(" ", command));
      if (output == null) {
        throw new SlurmException(command, "not recorded");
      }
      return output;
    };
  }

  static SlurmClient client() {
    return new SlurmClient(recorded());
  }

  static List<SlurmNode> nodes() {
    return NodeParser.parse(text("sinfo-22.05.json"));
  }
}
