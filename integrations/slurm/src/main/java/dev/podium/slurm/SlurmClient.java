package dev.podium.slurm;

import dev.podium.topology.export.Hostlist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Slurm commands Podium runs, each turned into records: {@code scontrol show topology}, {@code
 * sinfo --json}, {@code squeue --json}, {@code scontrol show job}, {@code sbatch} and {@code scancel}.
 * Output it cannot read becomes a {@link SlurmException} naming the command.
 */
public final class SlurmClient {

  private final CommandRunner runner;

  /** A client running its commands through {@code runner}. */
  public SlurmClient(CommandRunner runner) {
    this.runner = runner;
  }

  /** The switches of {@code topology/tree}; empty when the cluster has no tree topology. */
  public List<SlurmSwitch> switches() {
    return parsed(List.of("scontrol", "show", "topology"), null, TopologyParser::parse);
  }

  /** Every node, in Slurm's order. */
  public List<SlurmNode> nodes() {
    return parsed(List.of("sinfo", "--json"), null, NodeParser::parse);
  }

  /** Every job Slurm still lists, finished ones included. */
  public List<SlurmJob> jobs() {
    return parsed(List.of("squeue", "--json"), null, JobParser::parse);
  }

  /** One job by id, from {@code scontrol show job}: state, reason and node list (no GPU indices). */
  public SlurmJob job(long id) {
    return parsed(List.of("scontrol", "show", "job", "--oneliner", Long.toString(id)), null, text -> {
      Map<String, String> pairs = KeyValues.parse(text.lines().filter(l -> l.startsWith("JobId=")).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no JobId= line in " + JsonFields.abbreviate(text))));
      return new SlurmJob(Long.parseLong(pairs.get("JobId")), pairs.getOrDefault("JobName", ""),
          pairs.getOrDefault("JobState", ""), pairs.getOrDefault("Reason", "None"),
          Hostlist.expand(pairs.getOrDefault("NodeList", "")), Map.of());
    });
  }

  /**
   * Submits {@code script} (read by sbatch from its standard input) with {@code arguments}; returns
   * the job id.
   */
  public long submit(List<String> arguments, String script) {
    List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
    command.addAll(arguments);
    return parsed(command, script, text -> {
      String first = text.strip().split(";", 2)[0];
      if (!first.matches("[0-9]{1,18}")) {
        throw new IllegalArgumentException("expected a job id, got " + JsonFields.abbreviate(text));
      }
      return Long.parseLong(first);
    });
  }

  /** Cancels job {@code id}. */
  public void cancel(long id) {
    runner.run(List.of("scancel", Long.toString(id)), null);
  }

  private <T> T parsed(List<String> command, String input, Function<String, T> parser) {
    String output = runner.run(command, input);
    try {
      return parser.apply(output);
    } catch (IllegalArgumentException e) {
      throw new SlurmException(command, "cannot read its output: " + e.getMessage(), e);
    }
  }
}
