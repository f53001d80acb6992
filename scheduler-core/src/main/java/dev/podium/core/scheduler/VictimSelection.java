package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.core.state.ClusterState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which running jobs to preempt so that a head job fits, on a what-if copy of the state.
 * Candidates are the running jobs of strictly lower priority, taken in order (priority ascending,
 * size descending, latest start first, id) until the placement policy places the head on the copy;
 * then, from the last taken back to the first, each victim is given back if the head still places
 * without it. The result is the taken victims that remain, and the head's placement on that state.
 */
final class VictimSelection {

  /** The victims in the order taken, and where the head goes once they are released. */
  record Plan(List<RunningJob> victims, PlacementDecision.Placed placement) {}

  private static final Comparator<RunningJob> ORDER = Comparator
      .comparingInt((RunningJob run) -> run.job().priority())
      .thenComparing(Comparator.comparingInt(RunningJob::size).reversed())
      .thenComparing(Comparator.comparingDouble(RunningJob::startSeconds).reversed())
      .thenComparing(RunningJob::id);

  private VictimSelection() {}

  /** The plan for {@code head}, or null when preempting every candidate would not let it fit. */
  static Plan plan(JobSpec head, ClusterState state, Collection<RunningJob> running, PlacementPolicy placement) {
    List<RunningJob> candidates = new ArrayList<>();
    long reachable = state.freeCount();
    for (RunningJob run : running) {
      if (run.job().priority() < head.priority()) {
        candidates.add(run);
        reachable += run.size();
      }
    }
    if (reachable < head.size()) {
      return null;
    }
    candidates.sort(ORDER);
    ClusterState whatIf = state.copy();
    List<RunningJob> victims = new ArrayList<>();
    PlacementDecision.Placed placed = null;
    for (RunningJob run : candidates) {
      whatIf.release(run.id());
      victims.add(run);
      placed = tryPlace(head, whatIf, placement);
      if (placed != null) {
        break;
      }
    }
    if (placed == null) {
      return null;
    }
    for (int i = victims.size() - 1; i >= 0; i--) {
      RunningJob run = victims.get(i);
      whatIf.allocate(run.id(), run.placement().accelerators());
      PlacementDecision.Placed without = tryPlace(head, whatIf, placement);
      if (without != null) {
        placed = without;
        victims.remove(i);
      } else {
        whatIf.release(run.id());
      }
    }
    return new Plan(List.copyOf(victims), placed);
  }

  private static PlacementDecision.Placed tryPlace(JobSpec head, ClusterState whatIf, PlacementPolicy placement) {
    if (whatIf.freeCount() < head.size()) {
      return null;
    }
    return placement.place(head, whatIf) instanceof PlacementDecision.Placed placed ? placed : null;
  }
}
