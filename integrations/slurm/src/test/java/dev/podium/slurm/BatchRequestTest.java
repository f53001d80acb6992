package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.core.gang.RankSlot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchRequestTest {

  private static final List<String> ORDER = List.of("n1", "n2", "n3", "n4");
  private static final String COMMAND = "echo \"$PODIUM_RANK $PODIUM_GPU $CUDA_VISIBLE_DEVICES\"";

  @Test
  void allocationPinsTheNodesAndAsksEachForItsRanksAndGpus() {
    GangPlan plan = GangPlan.of("gang", "topology-aware", GangPlanTest.slots("n2", 4, "n3", 4), ORDER);
    BatchRequest request = BatchRequest.of(plan, "hostname", "gpu", "/tmp/out-%j", List.of("--time=5"));
    assertThat(request.arguments()).containsExactly("--job-name=gang", "-w", "n[2-3]", "-N", "2", "--ntasks=8",
        "--ntasks-per-node=4", "--gres=gpu:4", "--distribution=block", "--partition=gpu", "--output=/tmp/out-%j",
        "--time=5");
    assertThat(request.script()).startsWith("#!/bin/bash\n")
        .contains("#   n2: ranks 0-3 on GPUs 0-3\n", "export PODIUM_COMMAND='hostname'\n",
            "srun --ntasks=8 --ntasks-per-node=4 --distribution=block bash -c ")
        .doesNotContain("SLURM_HOSTFILE");
  }

  @Test
  void arbitraryOrderWritesOneNodePerRankForSrun() {
    GangPlan plan = GangPlan.of("gang", "p", GangPlanTest.slots("n4", 2, "n1", 2), ORDER);
    String script = BatchRequest.of(plan, null, null, null, List.of()).script();
    assertThat(script).contains("cat > \"$PODIUM_HOSTFILE\" <<'PODIUM_HOSTS'\nn4\nn4\nn1\nn1\nPODIUM_HOSTS\n",
        "export SLURM_HOSTFILE=\"$PODIUM_HOSTFILE\"\n", "srun --ntasks=4 --distribution=arbitrary bash -c ",
        "#   n4: ranks 0-1 on GPUs 0-1\n");
  }

  @Test
  void commandsWithQuotesSurviveTheScript() {
    assertThat(BatchRequest.quote("echo 'a' \"$B\"")).isEqualTo("'echo '\\''a'\\'' \"$B\"'");
  }

  @Test
  void eachTaskSeesOnlyItsPlannedGpu() {
    List<RankSlot> slots = new ArrayList<>(List.of(new RankSlot(0, "n1", 5), new RankSlot(1, "n1", 2)));
    String launcher = launcher(BatchRequest.of(GangPlan.of("gang", "p", slots, ORDER), COMMAND, null, null,
        List.of()).script());
    assertThat(task(launcher, 1, "2,5", "0,1")).as("GRES index 2 is the first of the step's GPUs, CUDA's 0")
        .isEqualTo("1 2 0\n");
    assertThat(task(launcher, 0, "5,2", "1,0")).as("listed in any order").isEqualTo("0 5 1\n");
  }

  @Test
  void whenSlurmChoseOtherGpusEachTaskStillGetsItsOwn() {
    List<RankSlot> slots = new ArrayList<>(List.of(new RankSlot(0, "n1", 7), new RankSlot(1, "n1", 1),
        new RankSlot(2, "n1", 6)));
    String launcher = launcher(BatchRequest.of(GangPlan.of("gang", "p", slots, ORDER), COMMAND, null, null,
        List.of()).script());
    assertThat(task(launcher, 0, "0,1,2", "0,1,2")).isEqualTo(
        "podium: rank 0: planned GPU 7, but Slurm gave this node GPUs 0,1,2; using GPU 2\n0 7 2\n");
    assertThat(task(launcher, 1, "0,1,2", "0,1,2")).endsWith("using GPU 0\n1 1 0\n");
    assertThat(task(launcher, 2, "0,1,2", "0,1,2")).endsWith("2 6 1\n");
  }

  /** The output (standard error first) of rank {@code rank}'s task given Slurm's GPU variables. */
  private static String task(String launcher, int rank, String stepGpus, String cudaDevices) {
    ProcessRunner bash = new ProcessRunner(Duration.ofSeconds(20), Map.of("PODIUM_COMMAND", COMMAND,
        "SLURM_PROCID", Integer.toString(rank), "SLURM_STEP_GPUS", stepGpus, "CUDA_VISIBLE_DEVICES", cudaDevices));
    return bash.run(List.of("bash", "-c", "exec 2>&1\n" + launcher), null);
  }

  /** The single-quoted launcher the script hands to srun, unquoted. */
  private static String launcher(String script) {
    String marker = "bash -c '";
    int start = script.indexOf(marker) + marker.length();
    int end = script.lastIndexOf("'\n");
    return script.substring(start, end).replace("'\\''", "'");
  }
}
