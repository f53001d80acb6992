package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchRequestTest {

  private static final List<String> ORDER = List.of("n1", "n2", "n3", "n4");

  @Test
  void allocationPinsTheNodesAndAsksEachForItsRanksAndGpus() {
    GangPlan plan = GangPlan.of("gang", "topology-aware", GangPlanTest.slots("n2", 4, "n3", 4), ORDER);
    BatchRequest request = BatchRequest.of(plan, "hostname", "gpu", "/tmp/out-%j", List.of("--time=5"));
    assertThat(request.arguments()).containsExactly("--job-name=gang", "-w", "n[2-3]", "-N", "2", "--ntasks=8",
        "--ntasks-per-node=4", "--gres=gpu:4", "--distribution=block", "--partition=gpu", "--output=/tmp/out-%j",
        "--time=5");
    assertThat(request.script()).startsWith("#!/bin/bash\n")
        .contains("#   n2: ranks 0-3 on GPUs 0,1,2,3\n", "export PODIUM_COMMAND='hostname'\n",
            "srun --ntasks=8 --ntasks-per-node=4 --distribution=block bash -c ")
        .doesNotContain("SLURM_HOSTFILE");
  }

  @Test
  void arbitraryOrderWritesOneNodePerRankForSrun() {
    GangPlan plan = GangPlan.of("gang", "p", GangPlanTest.slots("n4", 2, "n1", 2), ORDER);
    String script = BatchRequest.of(plan, null, null, null, List.of()).script();
    assertThat(script).contains("cat > \"$PODIUM_HOSTFILE\" <<'PODIUM_HOSTS'\nn4\nn4\nn1\nn1\nPODIUM_HOSTS\n",
        "export SLURM_HOSTFILE=\"$PODIUM_HOSTFILE\"\n", "srun --ntasks=4 --distribution=arbitrary bash -c ",
        "#   n4: ranks 0-1 on GPUs 0,1\n");
  }

  @Test
  void commandsWithQuotesSurviveTheScript() {
    assertThat(BatchRequest.quote("echo 'a' \"$B\"")).isEqualTo("'echo '\\''a'\\'' \"$B\"'");
  }

  @Test
  void eachTaskSeesOnlyItsPlannedGpu() {
    List<RankSlot> slots = new ArrayList<>(List.of(new RankSlot(0, "n1", 5), new RankSlot(1, "n1", 2)));
    GangPlan plan = GangPlan.of("gang", "p", slots, ORDER);
    String command = "echo \"$PODIUM_RANK $PODIUM_GPU $CUDA_VISIBLE_DEVICES\"";
    ProcessRunner bash = new ProcessRunner(Duration.ofSeconds(20), Map.of("PODIUM_COMMAND", command,
        "SLURM_PROCID", "1", "SLURM_STEP_GPUS", "2,5", "CUDA_VISIBLE_DEVICES", "0,1"));
    String launcher = launcher(BatchRequest.of(plan, command, null, null, List.of()).script());
    assertThat(bash.run(List.of("bash", "-c", launcher), null))
        .as("GRES index 2 is the first of the step's GPUs, which CUDA numbers 0").isEqualTo("1 2 0\n");

    ProcessRunner unplanned = new ProcessRunner(Duration.ofSeconds(20), Map.of("PODIUM_COMMAND", command,
        "SLURM_PROCID", "0", "SLURM_STEP_GPUS", "0,1", "CUDA_VISIBLE_DEVICES", "0,1"));
    assertThat(unplanned.run(List.of("bash", "-c", "exec 2>&1\n" + launcher), null))
        .contains("planned GPU 5 is not among this step's GPUs (0,1)").endsWith("0 5 0,1\n");
  }

  /** The single-quoted launcher the script hands to srun, unquoted. */
  private static String launcher(String script) {
    String marker = "bash -c '";
    int start = script.indexOf(marker) + marker.length();
    int end = script.lastIndexOf("'\n");
    return script.substring(start, end).replace("'\\''", "'");
  }
}
