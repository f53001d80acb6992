package dev.podium.sim.report;

import dev.podium.api.job.JobSpec;
import dev.podium.sim.run.JobOutcome;
import dev.podium.sim.run.RunSummary;
import dev.podium.sim.run.SimulationConfig;
import dev.podium.sim.run.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What every finished run must satisfy. Runs here always go to the end, so every submitted job ends
 * exactly once, completed or rejected with a reason — none unfinished, none lost to failures; a job
 * starts no earlier than its submit and ends no earlier than its start; per-job figures are
 * non-negative; the summary counts agree with the jobs; and the accelerator-seconds held never
 * exceed capacity times makespan (utilization, goodput and ETTR at most 1).
 */
public final class RunInvariants {

  /** Violations listed in the message at most. */
  static final int MAX_LISTED = 10;

  /** Slack for sums of doubles compared with a bound. */
  private static final double SLACK = 1e-9;

  private RunInvariants() {}

  /** Throws {@link IllegalStateException} listing the violations when {@code result} breaks an invariant. */
  public static void check(SimulationResult result) {
    List<String> violations = violations(result);
    if (!violations.isEmpty()) {
      SimulationConfig c = result.config();
      StringBuilder message = new StringBuilder("run invariants violated (" + c.workload().name() + " on "
          + c.fabric().name() + ", " + c.placementPolicy() + "/" + c.queuePolicy() + ", seed " + c.seed() + "): "
          + violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
      violations.stream().limit(MAX_LISTED).forEach(v -> message.append("\n  ").append(v));
      if (violations.size() > MAX_LISTED) {
        message.append("\n  ... and ").append(violations.size() - MAX_LISTED).append(" more");
      }
      throw new IllegalStateException(message.toString());
    }
  }

  /** Every violation of {@code result}, empty when it satisfies all invariants. */
  public static List<String> violations(SimulationResult result) {
    List<String> violations = new ArrayList<>();
    jobs(result, violations);
    summary(result, violations);
    capacity(result, violations);
    return violations;
  }

  private static void jobs(SimulationResult result, List<String> violations) {
    List<JobSpec> submitted = result.config().workload().jobs();
    List<JobOutcome> jobs = result.jobs();
    if (jobs.size() != submitted.size()) {
      violations.add(submitted.size() + " jobs submitted but " + jobs.size() + " outcomes");
    }
    boolean failures = result.config().failures() != null;
    for (int i = 0; i < Math.min(jobs.size(), submitted.size()); i++) {
      JobOutcome job = jobs.get(i);
      String id = submitted.get(i).id();
      if (!job.id().equals(id)) {
        violations.add("outcome " + i + " is job " + job.id() + ", expected " + id + " (one outcome per job, in submit order)");
        continue;
      }
      switch (job.outcome()) {
        case "completed" -> completed(job, violations);
        case "rejected" -> {
          if (job.reason().isBlank()) {
            violations.add("job " + id + ": rejected without a reason");
          }
          if (!Double.isNaN(job.firstStartSeconds()) || !Double.isNaN(job.endSeconds())) {
            violations.add("job " + id + ": rejected but has a start or an end");
          }
        }
        case "unfinished" -> violations.add("job " + id + ": unfinished although the run went to the end"
            + (failures ? " (lost to failures)" : ""));
        default -> violations.add("job " + id + ": unknown outcome '" + job.outcome() + "'");
      }
      if (job.interruptions() < 0 || !(job.lostSeconds() >= 0) || !(job.productiveSeconds() >= 0)) {
        violations.add("job " + id + ": negative interruptions " + job.interruptions() + ", lost "
            + job.lostSeconds() + " s or productive " + job.productiveSeconds() + " s");
      }
      for (int level = 0; level < job.crossBytes().length; level++) {
        if (!(job.crossBytes()[level] >= 0) || Double.isInfinite(job.crossBytes()[level])) {
          violations.add("job " + id + ": bytes across level " + level + " = " + job.crossBytes()[level]);
        }
      }
    }
  }

  private static void completed(JobOutcome job, List<String> violations) {
    String id = job.id();
    if (!Double.isFinite(job.firstStartSeconds()) || !Double.isFinite(job.endSeconds())) {
      violations.add("job " + id + ": completed without a finite start (" + job.firstStartSeconds() + ") and end ("
          + job.endSeconds() + ")");
      return;
    }
    if (job.firstStartSeconds() < job.submitSeconds()) {
      violations.add("job " + id + ": first start " + job.firstStartSeconds() + " s before submit "
          + job.submitSeconds() + " s");
    }
    if (job.endSeconds() < job.firstStartSeconds()) {
      violations.add("job " + id + ": end " + job.endSeconds() + " s before first start " + job.firstStartSeconds()
          + " s");
    }
    if (!(job.jctSeconds() >= 0)) {
      violations.add("job " + id + ": JCT " + job.jctSeconds() + " s < 0");
    }
    double ran = job.endSeconds() - job.firstStartSeconds();
    if (job.productiveSeconds() > ran * (1 + SLACK) + SLACK) {
      violations.add("job " + id + ": productive " + job.productiveSeconds() + " s exceeds the " + ran
          + " s from first start to end");
    }
  }

  private static void summary(SimulationResult result, List<String> violations) {
    RunSummary s = result.summary();
    int completed = 0;
    int rejected = 0;
    for (JobOutcome job : result.jobs()) {
      completed += job.outcome().equals("completed") ? 1 : 0;
      rejected += job.outcome().equals("rejected") ? 1 : 0;
    }
    if (s.jobs() != result.config().workload().size() || s.completed() != completed || s.rejected() != rejected) {
      violations.add("summary counts " + s.jobs() + " jobs, " + s.completed() + " completed, " + s.rejected()
          + " rejected; the outcomes " + result.jobs().size() + ", " + completed + ", " + rejected);
    }
    fraction("utilization", s.utilization(), violations);
    fraction("goodput", s.goodput(), violations);
    fraction("ettr", s.ettr(), violations);
    fraction("fragmentation", s.fragmentation(), violations);
    if (s.goodput() > s.utilization() + SLACK) {
      violations.add("goodput " + s.goodput() + " exceeds utilization " + s.utilization());
    }
    if (!(s.makespanSeconds() >= 0) || !(s.avgJctSeconds() >= 0) || !(s.avgQueueingSeconds() >= 0)) {
      violations.add("negative or undefined makespan " + s.makespanSeconds() + " s, mean JCT " + s.avgJctSeconds()
          + " s or mean queueing " + s.avgQueueingSeconds() + " s");
    }
  }

  private static void fraction(String name, double value, List<String> violations) {
    if (!(value >= 0 && value <= 1 + SLACK)) {
      violations.add(name + " " + value + " outside [0, 1]");
    }
  }

  /** Accelerator-seconds held, integrated from the busy series up to the last completion, within capacity x makespan. */
  private static void capacity(SimulationResult result, List<String> violations) {
    int accelerators = result.config().fabric().acceleratorCount();
    List<double[]> series = result.utilizationSeries();
    List<JobSpec> submitted = result.config().workload().jobs();
    double start = submitted.isEmpty() ? 0 : submitted.get(0).submitSeconds();
    double end = start + result.summary().makespanSeconds();
    double held = 0;
    for (int i = 0; i < series.size(); i++) {
      double[] point = series.get(i);
      if (point[1] < 0 || point[1] > accelerators) {
        violations.add(point[1] + " accelerators busy at " + point[0] + " s; the fabric has " + accelerators);
      }
      double until = i + 1 < series.size() ? series.get(i + 1)[0] : end;
      held += point[1] * Math.max(0, Math.min(until, end) - point[0]);
    }
    double capacity = (double) accelerators * result.summary().makespanSeconds();
    if (held > capacity * (1 + SLACK)) {
      violations.add("accelerator-seconds held " + held + " exceed capacity x makespan " + capacity);
    }
  }
}
