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

/** A queue that orders pending jobs by a fixed comparator and admits every job: {@code fifo}, {@code priority}. */
public final class SortedQueuePolicy implements QueuePolicy {

  /** Submit time, then job id: the tie-break of every queue. */
  static final Comparator<JobSpec> ARRIVAL =
      Comparator.comparingDouble(JobSpec::submitSeconds).thenComparing(JobSpec::id);
  private static final Comparator<JobSpec> PRIORITY =
      Comparator.comparingInt(JobSpec::priority).reversed().thenComparing(ARRIVAL);

  private final String name;
  private final Comparator<JobSpec> order;
  private final boolean backfill;

  private SortedQueuePolicy(String name, Comparator<JobSpec> order, boolean backfill) {
    this.name = name;
    this.order = order;
    this.backfill = backfill;
  }

  /** First come, first served, with EASY backfill when {@code backfill}. */
  public static SortedQueuePolicy fifo(boolean backfill) {
    return new SortedQueuePolicy("fifo", ARRIVAL, backfill);
  }

  /** Highest priority first, then arrival, with EASY backfill when {@code backfill}. */
  public static SortedQueuePolicy priority(boolean backfill) {
    return new SortedQueuePolicy("priority", PRIORITY, backfill);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<JobSpec> order(List<JobSpec> pending, QueueState state) {
    List<JobSpec> ordered = new ArrayList<>(pending);
    ordered.sort(order);
    return ordered;
  }

  @Override
  public boolean backfill() {
    return backfill;
  }

  /** Finds the {@code fifo} queue; option {@code backfill} (default true). */
  public static final class FifoProvider implements QueuePolicyProvider {
    @Override
    public String name() {
      return "fifo";
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
      return fifo(QueueOptions.backfill(name(), options, options()));
    }
  }

  /** Finds the {@code priority} queue; option {@code backfill} (default true). */
  public static final class PriorityProvider implements QueuePolicyProvider {
    @Override
    public String name() {
      return "priority";
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
      return priority(QueueOptions.backfill(name(), options, options()));
    }
  }
}
