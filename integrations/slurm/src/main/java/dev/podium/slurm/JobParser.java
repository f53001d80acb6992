package dev.podium.slurm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podium.topology.export.Hostlist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the jobs of {@code squeue --json}: state, reason, nodes, and from {@code gres_detail} (one
 * entry per node, in node order) the GPU indices each job holds on each node.
 */
public final class JobParser {

  private JobParser() {}

  /**
   * The jobs as listed (finished ones too, while Slurm keeps them).
   *
   * @throws IllegalArgumentException when the text is not such a document or a job's fields are malformed
   */
  public static List<SlurmJob> parse(String json) {
    List<SlurmJob> jobs = new ArrayList<>();
    for (JsonNode job : JsonFields.array(json, "jobs")) {
      long id = JsonFields.number(job, "job_id", -1);
      if (id < 0) {
        throw new IllegalArgumentException("job without 'job_id': " + JsonFields.abbreviate(job.toString()));
      }
      try {
        List<String> states = JsonFields.strings(job, "job_state");
        List<String> nodes = Hostlist.expand(JsonFields.text(job, "nodes"));
        List<String> details = JsonFields.strings(job, "gres_detail");
        Map<String, List<Integer>> gpus = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(nodes.size(), details.size()); i++) {
          List<Integer> indices = new ArrayList<>();
          Gres.parseAll(details.get(i)).stream().filter(g -> g.name().equals("gpu"))
              .forEach(g -> indices.addAll(g.indices()));
          gpus.put(nodes.get(i), indices);
        }
        jobs.add(new SlurmJob(id, JsonFields.text(job, "name"), states.isEmpty() ? "" : states.get(0),
            JsonFields.text(job, "state_reason"), nodes, gpus));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("job " + id + ": " + e.getMessage(), e);
      }
    }
    return jobs;
  }
}
