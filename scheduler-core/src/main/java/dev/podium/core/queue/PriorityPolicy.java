package dev.podium.core.queue;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.api.queue.QueuePolicyProvider;
import dev.podium.api.queue.QueueState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Highest priority first, then submit time, then job id; admits every job. */
public final class PriorityPolicy implements QueuePolicy {

  public static final String NAME = "priority";

  private static final Comparator<JobSpec> ORDER =
      Comparator.comparingInt(JobSpec::priority).reversed().thenComparing(FifoPolicy.ARRIVAL);

  private final boolean backfill;

  /** A priority queue, with EASY backfill when {@code backfill}. */
  public PriorityPolicy(boolean backfill) {
    this.backfill = backfill;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<JobSpec> order(List<JobSpec> pending, QueueState state) {
    List<JobSpec> ordered = new ArrayList<>(pending);
    ordered.sort(ORDER);
    return ordered;
  }

  @Override
  public boolean backfill() {
    return backfill;
  }

  /** Finds {@link PriorityPolicy}; option {@code backfill} (default true). */
  public static final class Provider implements QueuePolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Highest priority first, then submit time, then job id.";
    }

    @Override
    public Set<String> options() {
      return Set.of(QueueOptions.BACKFILL);
    }

    @Override
    public QueuePolicy create(PolicyOptions options) {
      return new PriorityPolicy(QueueOptions.backfill(NAME, options, options()));
    }
  }
}
