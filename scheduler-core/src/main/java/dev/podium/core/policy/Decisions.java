package dev.podium.core.policy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import java.util.List;

/** The checks every built-in policy makes before searching. */
final class Decisions {

  private Decisions() {}

  /** Unschedulable when the job cannot fit at all right now; null when a search may succeed. */
  static PlacementDecision precheck(JobSpec job, ClusterView view) {
    if (job.acceleratorKind() != null && !job.acceleratorKind().equalsIgnoreCase(view.acceleratorKind())) {
      return new PlacementDecision.Unschedulable(List.of("job " + job.id() + " needs " + job.acceleratorKind()
          + " but the fabric has " + view.acceleratorKind()), false, false);
    }
    int need = job.size();
    if (need > view.topology().acceleratorCount()) {
      return new PlacementDecision.Unschedulable(List.of("job " + job.id() + " needs " + need
          + " accelerators; the fabric has " + view.topology().acceleratorCount()), false, false);
    }
    int free = view.freeCount();
    if (free < need) {
      boolean enoughHealthy = view.healthyCount() >= need;
      return new PlacementDecision.Unschedulable(List.of("job " + job.id() + " needs " + need
          + " accelerators; " + free + " are free"), enoughHealthy, enoughHealthy);
    }
    return null;
  }

  /** Unschedulable for a policy whose constraint cannot be met now though enough are free. */
  static PlacementDecision.Unschedulable noFit(String reason) {
    return new PlacementDecision.Unschedulable(List.of(reason), true, true);
  }
}
