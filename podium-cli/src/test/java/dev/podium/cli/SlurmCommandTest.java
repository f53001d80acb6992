package dev.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podium slurm topology}; plan and submit need a live Slurm and run in .ci/run's Slurm step. */
class SlurmCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PodiumCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void topologyPrintsTheThreeFiles() {
    assertThat(run("slurm", "topology", "--spec", "../examples/specs/mixed-racks-tree.yaml")).isZero();
    assertThat(out.toString()).contains("# ---- topology.conf ----", "SwitchName=tor-a1 Nodes=a1-[01-04]",
        "SwitchName=mixed-racks Switches=pod-a,pod-b", "# ---- nodes.conf (slurm.conf) ----",
        "NodeName=a1-[01-04],a2-[01-02],b1-[01-03] Gres=gpu:h100:8", "# ---- gres.conf ----",
        "Name=gpu Type=h100 File=/dev/nvidia[0-7]");
  }

  @Test
  void topologyWritesTheFilesIntoADirectory(@TempDir Path dir) throws Exception {
    assertThat(run("slurm", "topology", "--preset", "dgx-superpod-h100-1su", "--out", dir.toString())).isZero();
    assertThat(Files.readString(dir.resolve("topology.conf"))).contains("SwitchName=");
    assertThat(Files.readString(dir.resolve("nodes.conf"))).contains("Gres=gpu:h100:8");
    assertThat(Files.readString(dir.resolve("gres.conf"))).contains("Name=gpu");
    assertThat(err.toString()).contains("wrote " + dir.resolve("nodes.conf"));
  }

  @Test
  void planNeedsAJob() {
    assertThat(run("slurm", "plan")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--job=REQUEST'");
  }
}
