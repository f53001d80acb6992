package dev.podium.slurm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code sbatch} arguments and batch script that realise a {@link GangPlan}.
 *
 * <p>The allocation is {@code -w <nodes> -N <n> --ntasks=<N> --ntasks-per-node=<g> --gres=gpu:<g>
 * --distribution=block}. The script runs one {@code srun} task per rank: with {@link RankOrder#BLOCK}
 * Slurm's block layout already puts rank r on the plan's node; with {@link RankOrder#ARBITRARY} the
 * script writes the plan's node of every rank, in rank order, to a file named by {@code
 * SLURM_HOSTFILE} and runs {@code srun --distribution=arbitrary}. Slurm chooses which of a node's
 * GPUs the job gets (all of them when the plan fills the node): each task pairs the node's planned
 * GPUs, ascending, with the step's GPUs ({@code SLURM_STEP_GPUS}, GRES indices), ascending, sets
 * {@code CUDA_VISIBLE_DEVICES} to its own, so it is the planned GPU whenever Slurm allocated the
 * planned ones and otherwise a distinct one (with a warning on standard error), exports {@code
 * PODIUM_RANK} and {@code PODIUM_GPU} (the planned GPU), and runs the command with {@code bash -c}.
 *
 * @param arguments the sbatch arguments, without {@code sbatch} itself
 * @param script the batch script, for sbatch's standard input
 */
public record BatchRequest(List<String> arguments, String script) {

  /** The command each rank runs when none is given: one line naming its node, rank and GPUs. */
  public static final String DEFAULT_COMMAND =
      "echo \"node=$SLURMD_NODENAME rank=$SLURM_PROCID gpus=$CUDA_VISIBLE_DEVICES\"";

  /** Copies the arguments. */
  public BatchRequest {
    arguments = List.copyOf(arguments);
  }

  /**
   * The request for {@code plan}: each rank runs {@code command} (a shell command line); {@code
   * partition} and {@code output} (sbatch's {@code --output} pattern) may be null; {@code extra}
   * arguments go to sbatch after Podium's.
   */
  public static BatchRequest of(GangPlan plan, String command, String partition, String output, List<String> extra) {
    List<String> arguments = new ArrayList<>(List.of("--job-name=" + plan.job(), "-w", plan.hostlist(),
        "-N", Integer.toString(plan.nodes().size()), "--ntasks=" + plan.size(),
        "--ntasks-per-node=" + plan.tasksPerNode(), "--gres=gpu:" + plan.tasksPerNode(), "--distribution=block"));
    if (partition != null) {
      arguments.add("--partition=" + partition);
    }
    if (output != null) {
      arguments.add("--output=" + output);
    }
    arguments.addAll(extra);
    return new BatchRequest(arguments, script(plan, command == null ? DEFAULT_COMMAND : command));
  }

  private static String script(GangPlan plan, String command) {
    StringBuilder out = new StringBuilder();
    out.append("#!/bin/bash\n");
    out.append("# Podium gang ").append(plan.job()).append(": ").append(plan.size()).append(" ranks on ")
        .append(plan.nodes().size()).append(" nodes, ").append(plan.tasksPerNode()).append(" per node, placed by ")
        .append(plan.policy()).append("; rank order ").append(plan.order().name().toLowerCase(Locale.ROOT)).append(".\n");
    for (String node : plan.nodes()) {
      out.append("#   ").append(node).append(": ranks ").append(plan.ranksOn(node)).append(" on GPUs ")
          .append(plan.gpusOn(node)).append('\n');
    }
    out.append("set -euo pipefail\n");
    out.append("export PODIUM_COMMAND=").append(quote(command)).append('\n');
    String launcher = launcher(plan);
    if (plan.order() == RankOrder.BLOCK) {
      out.append("srun --ntasks=").append(plan.size()).append(" --ntasks-per-node=").append(plan.tasksPerNode())
          .append(" --distribution=block bash -c ").append(quote(launcher)).append('\n');
    } else {
      out.append("PODIUM_HOSTFILE=$(mktemp \"${TMPDIR:-/tmp}/podium-hosts.XXXXXX\")\n");
      out.append("trap 'rm -f \"$PODIUM_HOSTFILE\"' EXIT\n");
      out.append("cat > \"$PODIUM_HOSTFILE\" <<'PODIUM_HOSTS'\n");
      plan.ranks().forEach(slot -> out.append(slot.node()).append('\n'));
      out.append("PODIUM_HOSTS\n");
      out.append("export SLURM_HOSTFILE=\"$PODIUM_HOSTFILE\"\n");
      out.append("srun --ntasks=").append(plan.size()).append(" --distribution=arbitrary bash -c ")
          .append(quote(launcher)).append('\n');
    }
    return out.toString();
  }

  /**
   * The per-task script: take the GPU whose rank among the node's planned GPUs (ascending) equals its
   * rank among the step's GPUs, export Podium's variables, run the command.
   */
  private static String launcher(GangPlan plan) {
    Map<String, List<Integer>> sorted = new HashMap<>();
    plan.gpusByNode().forEach((node, gpus) -> sorted.put(node, gpus.stream().sorted().toList()));
    String gpus = plan.ranks().stream().map(slot -> Integer.toString(slot.gpu())).collect(Collectors.joining(" "));
    String slots = plan.ranks().stream().map(slot -> Integer.toString(sorted.get(slot.node()).indexOf(slot.gpu())))
        .collect(Collectors.joining(" "));
    return String.join("\n",
        "podium_gpus=(" + gpus + ")",
        "podium_slots=(" + slots + ")",
        "want=${podium_gpus[$SLURM_PROCID]}",
        "slot=${podium_slots[$SLURM_PROCID]}",
        "IFS=, read -r -a visible <<< \"${CUDA_VISIBLE_DEVICES:-}\"",
        "IFS=, read -r -a physical <<< \"${SLURM_STEP_GPUS:-${SLURM_JOB_GPUS:-${CUDA_VISIBLE_DEVICES:-}}}\"",
        "mapfile -t pairs < <(for i in \"${!physical[@]}\"; do echo \"${physical[$i]} ${visible[$i]:-}\"; done"
            + " | sort -n)",
        "if [ \"$slot\" -lt \"${#pairs[@]}\" ]; then",
        "  read -r got cuda <<< \"${pairs[$slot]}\"",
        "  export CUDA_VISIBLE_DEVICES=$cuda",
        "  if [ \"$got\" != \"$want\" ]; then",
        "    echo \"podium: rank $SLURM_PROCID: planned GPU $want, but Slurm gave this node GPUs"
            + " ${SLURM_STEP_GPUS:-?}; using GPU $got\" >&2",
        "  fi",
        "else",
        "  echo \"podium: rank $SLURM_PROCID: Slurm gave this node ${#pairs[@]} GPUs, fewer than planned;"
            + " keeping CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-}\" >&2",
        "fi",
        "export PODIUM_RANK=$SLURM_PROCID PODIUM_GPU=$want",
        "exec bash -c \"$PODIUM_COMMAND\"",
        "");
  }

  /** {@code text} as one single-quoted shell word. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
