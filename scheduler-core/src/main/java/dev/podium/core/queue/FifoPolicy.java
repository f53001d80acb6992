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

/** First come, first served: submit time ascending, then job id; admits every job. */
public final class FifoPolicy implements QueuePolicy {

  public static final String NAME = "fifo";

  /** Submit time ascending, then id: the order FIFO uses and the tie-break of the others. */
  static final Comparator<JobSpec> ARRIVAL =
      Comparator.comparingDouble(JobSpec::submitSeconds).thenComparing(JobSpec::id);

  private final boolean backfill;

  /** A FIFO queue, with EASY backfill when {@code backfill}. */
  public FifoPolicy(boolean backfill) {
    this.backfill = backfill;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<JobSpec> order(List<JobSpec> pending, QueueState state) {
    List<JobSpec> ordered = new ArrayList<>(pending);
    ordered.sort(ARRIVAL);
    return ordered;
  }

  @Override
  public boolean backfill() {
    return backfill;
  }

  /** Finds {@link FifoPolicy}; option {@code backfill} (default true). */
  public static final class Provider implements QueuePolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "First come, first served: submit time, then job id.";
    }

    @Override
    public Set<String> options() {
      return Set.of(QueueOptions.BACKFILL);
    }

    @Override
    public QueuePolicy create(PolicyOptions options) {
      return new FifoPolicy(QueueOptions.backfill(NAME, options, options()));
    }
  }
}
