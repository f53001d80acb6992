package dev.podium.sim.workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured step times of one Pollux application ({@code placements.csv} and {@code
 * scalability.csv}), and the step time of a job packed on 4-GPU nodes, looked up the way Pollux's
 * workload generator does ({@code Application.get_configurations} and {@code get_throughput}): the
 * placement is {@code ceil(replicas / 4)} nodes, full but the last, written as its rotation with the
 * smallest digits first (6 replicas: {@code 24}); the local batch is {@code ceil(batch / replicas)},
 * split into accumulation steps when above the largest local batch; the step time is interpolated
 * linearly in the local batch over the rows of that placement in {@code placements.csv}, else over
 * the rows of {@code scalability.csv} with the same node and replica counts; each accumulation step
 * adds one step time less its sync time.
 */
final class PolluxProfile {

  private static final int GPUS_PER_NODE = 4;

  private final String name;
  private final Map<String, List<double[]>> placements;
  private final Map<String, List<double[]>> scalability;
  private final int largestLocalBatch;

  private PolluxProfile(String name, Map<String, List<double[]>> placements, Map<String, List<double[]>> scalability,
      int largestLocalBatch) {
    this.name = name;
    this.placements = placements;
    this.scalability = scalability;
    this.largestLocalBatch = largestLocalBatch;
  }

  /** Reads {@code dir/placements.csv} and {@code dir/scalability.csv}; any bad row is fatal. */
  static PolluxProfile load(Path dir) {
    Map<String, List<double[]>> placements = new HashMap<>();
    int[] largest = {0};
    CsvFile csv = CsvFile.read(dir.resolve("placements.csv"), false);
    Map<String, Integer> at = csv.columns(List.of("placement", "local_bsz", "step_time", "sync_time"), List.of());
    csv.forEachRow(new BadRows(csv.name(), false), row -> {
      String placement = row.get(at.get("placement"));
      if (!placement.matches("[1-9]+")) {
        throw new RowException("placement: '" + placement + "' is not GPUs per node as digits 1-9");
      }
      int local = Fields.intValue("local_bsz", row.get(at.get("local_bsz")), 1);
      largest[0] = Math.max(largest[0], local);
      placements.computeIfAbsent(placement, k -> new ArrayList<>()).add(new double[] {local,
          Fields.positive("step_time", row.get(at.get("step_time"))),
          Fields.nonNegative("sync_time", row.get(at.get("sync_time")))});
    });
    Map<String, List<double[]>> scalability = new HashMap<>();
    CsvFile scale = CsvFile.read(dir.resolve("scalability.csv"), false);
    Map<String, Integer> sat =
        scale.columns(List.of("num_nodes", "num_replicas", "local_bsz", "step_time", "sync_time"), List.of());
    scale.forEachRow(new BadRows(scale.name(), false), row -> {
      int nodes = Fields.intValue("num_nodes", row.get(sat.get("num_nodes")), 1);
      int replicas = Fields.intValue("num_replicas", row.get(sat.get("num_replicas")), 1);
      scalability.computeIfAbsent(nodes + "/" + replicas, k -> new ArrayList<>()).add(new double[] {
          Fields.intValue("local_bsz", row.get(sat.get("local_bsz")), 1),
          Fields.positive("step_time", row.get(sat.get("step_time"))),
          Fields.nonNegative("sync_time", row.get(sat.get("sync_time")))});
    });
    if (placements.isEmpty()) {
      throw new WorkloadFormatException(csv.name(), csv.headerLine(), "no profiled placements");
    }
    placements.values().forEach(rows -> rows.sort((a, b) -> Double.compare(a[0], b[0])));
    scalability.values().forEach(rows -> rows.sort((a, b) -> Double.compare(a[0], b[0])));
    return new PolluxProfile(dir.getFileName().toString(), placements, scalability, largest[0]);
  }

  /** Seconds per optimizer step of {@code app} on {@code replicas} GPUs at global batch {@code batch}. */
  double stepSeconds(PolluxApplication app, int replicas, int batch) {
    int nodes = (replicas + GPUS_PER_NODE - 1) / GPUS_PER_NODE;
    int last = replicas - (nodes - 1) * GPUS_PER_NODE;
    String placement = last + "4".repeat(nodes - 1);
    int maxLocal = app.maxLocalBatch() > 0 ? app.maxLocalBatch() : largestLocalBatch;
    int local = (batch + replicas - 1) / replicas;
    int accumulation = (local + maxLocal - 1) / maxLocal - 1;
    int atomic = (local + accumulation) / (accumulation + 1);
    List<double[]> rows = placements.get(placement);
    String where = "placement " + placement;
    if (rows == null) {
      rows = scalability.get(nodes + "/" + replicas);
      where = nodes + " nodes x " + replicas + " replicas";
    }
    if (rows == null) {
      throw new RowException("the " + name + " profile has neither placement " + placement + " nor " + nodes
          + " nodes x " + replicas + " replicas");
    }
    double[] time = interpolate(rows, atomic);
    if (time == null) {
      throw new RowException("the " + name + " profile of " + where + " covers local batch " + (int) rows.get(0)[0]
          + ".." + (int) rows.get(rows.size() - 1)[0] + ", not " + atomic);
    }
    return time[0] + accumulation * (time[0] - time[1]);
  }

  private static double[] interpolate(List<double[]> rows, double x) {
    for (int i = 0; i < rows.size(); i++) {
      double[] hi = rows.get(i);
      if (hi[0] == x) {
        return new double[] {hi[1], hi[2]};
      }
      if (hi[0] > x) {
        if (i == 0) {
          return null;
        }
        double[] lo = rows.get(i - 1);
        double t = (x - lo[0]) / (hi[0] - lo[0]);
        return new double[] {lo[1] + t * (hi[1] - lo[1]), lo[2] + t * (hi[2] - lo[2])};
      }
    }
    return null;
  }
}
