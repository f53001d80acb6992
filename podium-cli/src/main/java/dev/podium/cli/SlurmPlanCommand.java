package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.slurm.BatchRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium slurm plan}: where a gang would run on the live cluster, and the sbatch that realises it. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Reads the live cluster (scontrol show topology, sinfo --json, squeue --json), places the gang"
        + " with a Podium policy and prints the nodes, each rank's node and GPU, and the sbatch command.")
final class SlurmPlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SlurmPlanning planning;

  @Option(names = "--script", description = "Also print the batch script sbatch would read.")
  boolean script;

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SlurmPlanning.Planned planned = planning.plan(planning.client());
    BatchRequest request = BatchRequest.of(planned.plan(), null, planning.partition, null, List.of());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(Map.of("plan", planned.plan(), "sbatch", request.arguments())));
    } else {
      SlurmPlanning.print(out, planned, request.arguments());
      if (script) {
        out.printf("%n%s", request.script());
      }
    }
    out.flush();
    return 0;
  }
}
