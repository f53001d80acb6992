package dev.podium.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.podium.slurm.BatchRequest;
import dev.podium.slurm.SlurmClient;
import dev.podium.slurm.Submission;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podium slurm submit}: plans a gang on the live cluster and submits it with sbatch. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Plans the gang like 'podium slurm plan', submits it with sbatch pinned to the planned nodes"
        + " (-w) so that rank r runs on its planned node and GPU, and prints the job id and the plan.")
final class SlurmSubmitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin SlurmPlanning planning;

  @Option(names = "--command", paramLabel = "CMD",
      description = "Shell command every rank runs (PODIUM_RANK, PODIUM_GPU, SLURM_PROCID and CUDA_VISIBLE_DEVICES"
          + " set); default: print the rank's node, rank and GPUs.")
  String command;

  @Option(names = "--output", paramLabel = "PATTERN", description = "sbatch --output, e.g. gang-%%j.out.")
  String output;

  @Option(names = "--sbatch-arg", paramLabel = "ARG", description = "Extra sbatch argument (repeatable), e.g."
      + " --sbatch-arg=--time=60.")
  List<String> extra = new ArrayList<>();

  @Option(names = "--json", description = "Print the job id and the plan as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SlurmClient slurm = planning.client();
    SlurmPlanning.Planned planned = planning.plan(slurm);
    BatchRequest request = BatchRequest.of(planned.plan(), command, planning.partition, output, extra);
    Submission submission = Submission.submit(slurm, planned.plan(), request);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("jobId", submission.jobId());
      result.put("plan", planned.plan());
      result.put("sbatch", request.arguments());
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      out.printf("Submitted batch job %d%n", submission.jobId());
      SlurmPlanning.print(out, planned, request.arguments());
    }
    out.flush();
    return 0;
  }
}
