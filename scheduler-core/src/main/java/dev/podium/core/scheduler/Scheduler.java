package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.ClusterView;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.api.queue.QueueState;
import dev.podium.api.time.Clock;
import dev.podium.core.policy.PolicyGuard;
import dev.podium.core.queue.UsageDecay;
import dev.podium.core.state.ClusterState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scheduling engine. Events change what it knows — {@link #submit}, {@link #finish}, {@link
 * #fail}, {@link #repair} — and {@link #schedule} runs one cycle that starts, reserves for and
 * preempts jobs. A simulator calls the event methods at virtual times and {@link #schedule} after
 * each batch of events at the same time.
 *
 * <p><b>One cycle.</b> The queue policy orders the pending jobs. They are tried in that order; a job
 * the policy does not {@link QueuePolicy#admit admit} is skipped. The first admitted job the placement
 * policy cannot place is the <i>head</i>: if the policy says preemption could help and preemption is
 * on, the fewest lowest-priority running jobs whose release lets it place are preempted (see {@code
 * docs/SCHEDULER.md}) and it starts; a head that can never fit is skipped. Otherwise the head gets a
 * {@link Reservation} and, when the queue policy's backfill is on and the reservation is known, later
 * jobs start only under the EASY rule (they end by the reserved time or use only accelerators spare
 * then); with backfill off, or an unknown reservation, the cycle stops at the head. Gangs are placed
 * all-or-nothing.
 *
 * <p><b>Guarantees.</b> Deterministic: the same events at the same clock readings give the same
 * cycles. Backfill never delays the reserved head when runtime estimates are exact, the fabric's
 * health does not change and the placement policy places any job for which enough accelerators are
 * free (the rule counts accelerators). A bad argument throws {@link IllegalArgumentException} and
 * changes nothing; a clock that goes backwards throws {@link IllegalStateException} and changes
 * nothing.
 *
 * <p><b>Threads.</b> Not thread-safe: one thread drives a scheduler. It owns its {@link ClusterState};
 * nothing else may change that state while the scheduler lives.
 */
public final class Scheduler {

  private static final Comparator<RunningJob> BY_EXPECTED_END = Comparator
      .comparingDouble(RunningJob::expectedEndSeconds)
      .thenComparingDouble(RunningJob::startSeconds)
      .thenComparing(RunningJob::id);

  private final ClusterState state;
  private final PlacementPolicy placement;
  private final QueuePolicy queue;
  private final Clock clock;
  private final RuntimeEstimator estimator;
  private final boolean preemption;
  private final TenantLedger ledger;
  private final Map<String, JobSpec> pending = new LinkedHashMap<>();
  private final Map<String, RunningJob> running = new LinkedHashMap<>();
  private final NavigableSet<RunningJob> byExpectedEnd = new TreeSet<>(BY_EXPECTED_END);
  private final List<JobSpec> queueView = new ArrayList<>();
  private double lastNow = Double.NEGATIVE_INFINITY;

  /**
   * A scheduler with the declared-duration runtime estimator and preemption on.
   *
   * @param state the cluster it owns; must hold no jobs (failed accelerators are fine)
   * @param placement where jobs go; wrapped in a {@link PolicyGuard} unless it is one
   * @param queue the order and admission of pending jobs, and whether to backfill
   * @param clock its only source of time
   * @throws IllegalArgumentException when {@code state} already holds jobs
   */
  public Scheduler(ClusterState state, PlacementPolicy placement, QueuePolicy queue, Clock clock) {
    this(builder(state, placement, queue, clock));
  }

  private Scheduler(Builder builder) {
    if (!builder.state.allocations().isEmpty()) {
      throw new IllegalArgumentException("state: the scheduler must own an empty state, but it holds "
          + builder.state.allocations().size() + " jobs, e.g. " + builder.state.allocations().keySet().iterator().next());
    }
    this.state = builder.state;
    this.placement = builder.placement instanceof PolicyGuard ? builder.placement : new PolicyGuard(builder.placement);
    this.queue = builder.queue;
    this.clock = builder.clock;
    this.estimator = builder.estimator;
    this.preemption = builder.preemption;
    this.ledger = new TenantLedger(state,
        queue instanceof UsageDecay decay ? decay.halfLifeSeconds() : Double.POSITIVE_INFINITY);
  }

  /** A builder for the optional settings: runtime estimator and preemption. */
  public static Builder builder(ClusterState state, PlacementPolicy placement, QueuePolicy queue, Clock clock) {
    return new Builder(state, placement, queue, clock);
  }

  /**
   * Adds {@code job} to the queue. Its {@code submitSeconds} is kept as given and is what the queue
   * policies order by.
   *
   * @throws IllegalArgumentException when a job with the same id is pending or running
   */
  public void submit(JobSpec job) {
    Objects.requireNonNull(job, "job");
    if (pending.containsKey(job.id())) {
      throw new IllegalArgumentException("job " + job.id() + ": a job with this id is already pending");
    }
    if (running.containsKey(job.id())) {
      throw new IllegalArgumentException("job " + job.id() + ": a job with this id is already running");
    }
    tick();
    enqueue(job);
  }

  /**
   * Records that running job {@code jobId} completed and frees its accelerators.
   *
   * @return the job as it ran
   * @throws IllegalArgumentException when no running job has this id (also when it is only pending)
   */
  public RunningJob finish(String jobId) {
    RunningJob run = running.get(Objects.requireNonNull(jobId, "jobId"));
    if (run == null) {
      throw new IllegalArgumentException("job " + jobId + ": "
          + (pending.containsKey(jobId) ? "is pending, not running" : "unknown to the scheduler"));
    }
    double now = tick();
    stop(run, now);
    return run;
  }

  /**
   * Marks {@code accelerator} failed. The job holding it, if any, is interrupted: its accelerators are
   * released and it goes back in the queue with its original submit time. Failing a failed
   * accelerator changes nothing.
   *
   * @return the interruption, or empty when no job held the accelerator
   * @throws IllegalArgumentException when {@code accelerator} is not an id of the fabric
   */
  public Optional<Interrupted> fail(int accelerator) {
    checkAccelerator(accelerator);
    double now = tick();
    String holder = state.fail(accelerator);
    if (holder == null) {
      return Optional.empty();
    }
    RunningJob run = running.get(holder);
    stop(run, now);
    enqueue(run.job());
    return Optional.of(new Interrupted(run, accelerator, now));
  }

  /**
   * Marks {@code accelerator} repaired and free. Repairing a healthy accelerator changes nothing.
   *
   * @throws IllegalArgumentException when {@code accelerator} is not an id of the fabric
   */
  public void repair(int accelerator) {
    checkAccelerator(accelerator);
    tick();
    state.repair(accelerator);
  }

  /**
   * Runs one scheduling cycle at the clock's current time (see the class comment) and reports it.
   * Started jobs hold their accelerators when this returns; preempted jobs are pending again.
   *
   * @throws IllegalStateException when the queue policy's order has another size than the pending
   *     jobs or names a job that is not pending (nothing is changed), or the clock went backwards
   */
  public Cycle schedule() {
    double now = tick();
    queueView.clear();
    queueView.addAll(pending.values());
    List<JobSpec> ordered = queue.order(Collections.unmodifiableList(queueView), ledger);
    checkOrder(ordered);

    List<Started> started = new ArrayList<>();
    List<Preempted> preempted = new ArrayList<>();
    List<Unplaced> unplaced = new ArrayList<>();
    Reservation reservation = null;
    EasyBackfill backfill = null;
    int refused = 0;
    for (JobSpec job : ordered) {
      if (!pending.containsKey(job.id())) {
        continue;
      }
      int free = state.freeCount();
      if (backfill != null && free == 0) {
        break;
      }
      if (!queue.admit(job, ledger)) {
        refused++;
        continue;
      }
      if (backfill == null) {
        PlacementDecision decision = placement.place(job, state);
        if (decision instanceof PlacementDecision.Placed placed) {
          started.add(new Started(start(job, placed, now, now + estimate(job)), false));
          continue;
        }
        if (decision instanceof PlacementDecision.Unschedulable blocked && preemption
            && blocked.preemptionCouldHelp()) {
          VictimSelection.Plan plan = VictimSelection.plan(job, state, running.values(), placement);
          if (plan != null) {
            for (RunningJob victim : plan.victims()) {
              stop(victim, now);
              enqueue(victim.job());
              preempted.add(new Preempted(victim, job.id()));
            }
            started.add(new Started(start(job, plan.placement(), now, now + estimate(job)), false));
            continue;
          }
        }
        unplaced.add(new Unplaced(job.id(), decision));
        if (!(decision instanceof PlacementDecision.Unschedulable blocked) || !blocked.waitCouldHelp()) {
          continue;
        }
        reservation = EasyBackfill.reserve(job, free, byExpectedEnd, now);
        if (!queue.backfill() || !reservation.known()) {
          break;
        }
        backfill = new EasyBackfill(reservation);
        continue;
      }
      if (job.size() > free) {
        continue;
      }
      double end = now + estimate(job);
      if (!backfill.allows(job.size(), end)) {
        continue;
      }
      PlacementDecision decision = placement.place(job, state);
      if (decision instanceof PlacementDecision.Placed placed) {
        started.add(new Started(start(job, placed, now, end), true));
        backfill.took(job.size(), end);
      } else {
        unplaced.add(new Unplaced(job.id(), decision));
      }
    }
    return new Cycle(now, started, preempted, Optional.ofNullable(reservation), unplaced, refused);
  }

  /** Pending jobs in the order they (re)joined the queue. */
  public List<JobSpec> pending() {
    return List.copyOf(pending.values());
  }

  /** Running jobs in the order they started; a read-only live view. */
  public Collection<RunningJob> running() {
    return Collections.unmodifiableCollection(running.values());
  }

  /** The running job {@code jobId}, or empty. */
  public Optional<RunningJob> running(String jobId) {
    return Optional.ofNullable(running.get(jobId));
  }

  /** True when {@code jobId} is pending. */
  public boolean isPending(String jobId) {
    return pending.containsKey(jobId);
  }

  /** The cluster as the scheduler sees it; read-only. */
  public ClusterView cluster() {
    return state;
  }

  /** Per-tenant allocation, pending demand and usage, as the queue policy sees them now. */
  public QueueState tenants() {
    return ledger;
  }

  private double tick() {
    double now = clock.now();
    if (Double.isNaN(now) || Double.isInfinite(now) || now < lastNow) {
      throw new IllegalStateException("clock: read " + now + " after " + lastNow + "; time must be finite and"
          + " never go backwards");
    }
    lastNow = now;
    ledger.at(now);
    return now;
  }

  private void enqueue(JobSpec job) {
    pending.put(job.id(), job);
    ledger.queued(job);
  }

  private RunningJob start(JobSpec job, PlacementDecision.Placed placed, double now, double expectedEnd) {
    RunningJob run = new RunningJob(job, placed, now, expectedEnd);
    state.allocate(job.id(), placed.accelerators());
    pending.remove(job.id());
    running.put(job.id(), run);
    byExpectedEnd.add(run);
    ledger.started(job);
    return run;
  }

  private void stop(RunningJob run, double now) {
    state.release(run.id());
    running.remove(run.id());
    byExpectedEnd.remove(run);
    ledger.stopped(run.job());
  }

  private double estimate(JobSpec job) {
    double seconds = estimator.expectedSeconds(job);
    return seconds >= 0 ? seconds : Double.POSITIVE_INFINITY;
  }

  private void checkAccelerator(int accelerator) {
    int n = state.topology().acceleratorCount();
    if (accelerator < 0 || accelerator >= n) {
      throw new IllegalArgumentException("accelerator " + accelerator + " is not in the fabric (0.." + (n - 1) + ")");
    }
  }

  private void checkOrder(List<JobSpec> ordered) {
    if (ordered.size() != pending.size()) {
      throw new IllegalStateException("queue policy " + queue.name() + " ordered " + ordered.size() + " jobs of "
          + pending.size() + " pending");
    }
    for (JobSpec job : ordered) {
      JobSpec known = pending.get(job.id());
      if (known != job && !job.equals(known)) {
        throw new IllegalStateException("queue policy " + queue.name() + " ordered job " + job.id()
            + ", which is not pending as given");
      }
    }
  }

  /** Settings of a {@link Scheduler}; each setter checks its argument. Not thread-safe. */
  public static final class Builder {
    private final ClusterState state;
    private final PlacementPolicy placement;
    private final QueuePolicy queue;
    private final Clock clock;
    private RuntimeEstimator estimator = RuntimeEstimator.declared();
    private boolean preemption = true;

    private Builder(ClusterState state, PlacementPolicy placement, QueuePolicy queue, Clock clock) {
      this.state = Objects.requireNonNull(state, "state");
      this.placement = Objects.requireNonNull(placement, "placement");
      this.queue = Objects.requireNonNull(queue, "queue");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long started jobs are expected to run; default {@link RuntimeEstimator#declared()}. */
    public Builder estimator(RuntimeEstimator value) {
      this.estimator = Objects.requireNonNull(value, "estimator");
      return this;
    }

    /** Whether a blocked head job may preempt lower-priority jobs; default true. */
    public Builder preemption(boolean value) {
      this.preemption = value;
      return this;
    }

    /** The scheduler; throws {@link IllegalArgumentException} when the state already holds jobs. */
    public Scheduler build() {
      return new Scheduler(this);
    }
  }
}
