package dev.podium.cli;

import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import dev.podium.slurm.ClusterReader;
import dev.podium.slurm.GangPlan;
import dev.podium.slurm.GangPlanner;
import dev.podium.slurm.LiveCluster;
import dev.podium.slurm.ProcessRunner;
import dev.podium.slurm.SlurmClient;
import dev.podium.topology.catalog.HardwareCatalog;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options {@code podium slurm plan} and {@code submit} share, and the planning they do. */
final class SlurmPlanning {

  @Option(names = "--job", required = true, paramLabel = "REQUEST",
      description = "The gang: tp=,cp=,pp=,dp=,ep= (default 1), optional gpus=, model=, id= (the Slurm job name),"
          + " e.g. \"tp=8,dp=4,id=pretrain\".")
  String job;

  @Option(names = "--policy", defaultValue = "topology-aware", paramLabel = "NAME",
      description = "Placement policy (see 'podium policies'; default ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for policies that draw at random.")
  long seed;

  @Option(names = "--partition", paramLabel = "NAME",
      description = "Place only on this partition's nodes, and submit to it (default: every partition).")
  String partition;

  @Option(names = "--accelerator", paramLabel = "NAME",
      description = "Accelerator catalog key of the GPUs (default: from the GRES type, e.g. gpu:h100:8, else H100).")
  String accelerator;

  @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
      description = "Longest wait for each Slurm command (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  SlurmClient client() {
    return new SlurmClient(new ProcessRunner(Duration.ofSeconds(timeoutSeconds)));
  }

  /** Reads the live cluster and plans the gang on it. */
  Planned plan(SlurmClient slurm) {
    LiveCluster cluster = new ClusterReader(slurm).read(
        accelerator == null ? null : HardwareCatalog.accelerator(accelerator), partition);
    GangPlan plan = GangPlanner.plan(cluster, JobRequests.parse(job),
        Policies.placement(policy, PolicyOptions.defaults().withSeed(seed)));
    return new Planned(cluster, plan);
  }

  /** A plan with the cluster it was made on. */
  record Planned(LiveCluster cluster, GangPlan plan) {}

  /** Prints the cluster summary, the nodes with their ranks and GPUs, and the sbatch command. */
  static void print(PrintWriter out, Planned planned, List<String> sbatch) {
    LiveCluster cluster = planned.cluster();
    GangPlan plan = planned.plan();
    int gpus = cluster.fabric().acceleratorCount();
    out.printf(Locale.ROOT, "Cluster: %d nodes with %d GPUs (%s) under %d switches; %d GPUs free, %d on unavailable"
            + " nodes%s%n", cluster.fabric().hostCount(), gpus, cluster.fabric().accelerator().name(),
        cluster.switches().size(), cluster.state().freeCount(), gpus - cluster.state().healthyCount(),
        cluster.partition() == null ? "" : " (partition " + cluster.partition() + ")");
    out.printf(Locale.ROOT, "Gang %s: %d ranks on %d node%s, %d per node, placed by %s; rank order %s%n%n", plan.job(),
        plan.size(), plan.nodes().size(), plan.nodes().size() == 1 ? "" : "s", plan.tasksPerNode(), plan.policy(),
        plan.order().name().toLowerCase(Locale.ROOT));
    List<List<String>> rows = new ArrayList<>();
    for (String node : plan.nodes()) {
      rows.add(List.of(node, plan.ranksOn(node), plan.gpusOn(node)));
    }
    Tables.print(out, List.of("node", "ranks", "GPUs"), rows);
    out.printf("%nsbatch --parsable %s%n", String.join(" ", sbatch.stream().map(SlurmPlanning::shellWord).toList()));
  }

  private static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_@%+=:,./\\[\\]-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
