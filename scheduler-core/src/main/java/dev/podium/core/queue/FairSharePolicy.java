package dev.podium.core.queue;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.api.queue.QueuePolicyProvider;
import dev.podium.api.queue.QueueState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighted fair share between tenants. <b>Order:</b> tenants by {@code usage / weight} ascending
 * (usage = accelerator-seconds, decayed with the {@code halfLife} when one is set), ties by tenant
 * name; within a tenant, submit time then job id. Tenants without a weight weigh 1.
 *
 * <p><b>Admission.</b> A tenant without a quota is always admitted. A job of tenant {@code t} with
 * quota {@code q} is admitted when {@code allocated(t) + size <= q}. Otherwise it may borrow only when
 * {@code borrow=true} and {@code size <= free - protected}, where {@code free} is the idle healthy
 * accelerators ({@link CapacityView#free()}; 0 when the state does not say) and {@code protected} is
 * the sum over every other tenant {@code u} with a quota of {@code min(pending(u), max(0, quota(u) -
 * allocated(u)))}: the idle capacity under-quota tenants with pending work could still claim within
 * their quota. Borrowed accelerators are not reclaimed by preemption.
 */
public final class FairSharePolicy implements QueuePolicy, UsageDecay {

  public static final String NAME = "fair-share";

  private final Map<String, Double> weights;
  private final Map<String, Integer> quotas;
  private final boolean borrow;
  private final double halfLifeSeconds;
  private final boolean backfill;

  /**
   * A fair-share queue.
   *
   * @param weights weight per tenant, each positive and finite; unlisted tenants weigh 1
   * @param quotas most accelerators each listed tenant may hold, each >= 0; unlisted tenants have none
   * @param borrow whether a tenant at its quota may use idle capacity no under-quota tenant waits for
   * @param halfLifeSeconds usage half-life in seconds, positive; {@code +Infinity} for no decay
   * @param backfill whether EASY backfill is on
   */
  public FairSharePolicy(Map<String, Double> weights, Map<String, Integer> quotas, boolean borrow,
      double halfLifeSeconds, boolean backfill) {
    weights.forEach((tenant, weight) -> {
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("policy " + NAME + ": weight of tenant " + tenant
            + " must be positive and finite, was " + weight);
      }
    });
    quotas.forEach((tenant, quota) -> {
      if (quota < 0) {
        throw new IllegalArgumentException("policy " + NAME + ": quota of tenant " + tenant + " must be >= 0, was "
            + quota);
      }
    });
    if (!(halfLifeSeconds > 0)) {
      throw new IllegalArgumentException("policy " + NAME + ": halfLife must be positive, was " + halfLifeSeconds);
    }
    this.weights = Map.copyOf(weights);
    this.quotas = new LinkedHashMap<>(new TreeMap<>(quotas));
    this.borrow = borrow;
    this.halfLifeSeconds = halfLifeSeconds;
    this.backfill = backfill;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<JobSpec> order(List<JobSpec> pending, QueueState state) {
    Map<String, Double> share = new HashMap<>();
    for (JobSpec job : pending) {
      share.computeIfAbsent(job.tenant(), tenant -> state.usage(tenant) / weight(tenant));
    }
    List<JobSpec> ordered = new ArrayList<>(pending);
    ordered.sort(Comparator.comparingDouble((JobSpec job) -> share.get(job.tenant()))
        .thenComparing(JobSpec::tenant)
        .thenComparing(SortedQueuePolicy.ARRIVAL));
    return ordered;
  }

  @Override
  public boolean admit(JobSpec job, QueueState state) {
    Integer quota = quotas.get(job.tenant());
    if (quota == null || (long) state.allocated(job.tenant()) + job.size() <= quota) {
      return true;
    }
    if (!borrow) {
      return false;
    }
    int free = state instanceof CapacityView capacity ? capacity.free() : 0;
    long reserved = 0;
    for (Map.Entry<String, Integer> other : quotas.entrySet()) {
      if (!other.getKey().equals(job.tenant())) {
        long headroom = (long) other.getValue() - state.allocated(other.getKey());
        if (headroom > 0) {
          reserved += Math.min(headroom, state.pending(other.getKey()));
        }
      }
    }
    return job.size() <= free - reserved;
  }

  @Override
  public boolean backfill() {
    return backfill;
  }

  @Override
  public double halfLifeSeconds() {
    return halfLifeSeconds;
  }

  /** The weight of {@code tenant}: its configured weight, else 1. */
  public double weight(String tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return weights.getOrDefault(tenant, 1.0);
  }

  /**
   * Finds {@link FairSharePolicy}. Options: {@code weights} ({@code a:3,b:1}), {@code quotas} ({@code
   * a:512,b:256}, accelerators), {@code borrow} (default false), {@code halfLife} (seconds, default no
   * decay), {@code backfill} (default true).
   */
  public static final class Provider implements QueuePolicyProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "Weighted fair share: tenants by decayed usage per weight, FIFO within a tenant; quotas with"
          + " optional borrowing of idle capacity.";
    }

    @Override
    public Set<String> options() {
      return Set.of(QueueOptions.BACKFILL, "weights", "quotas", "borrow", "half-life");
    }

    @Override
    public QueuePolicy create(PolicyOptions options) {
      boolean backfill = QueueOptions.backfill(NAME, options, options());
      return new FairSharePolicy(
          QueueOptions.weights(NAME, options, "weights"),
          QueueOptions.quotas(NAME, options, "quotas"),
          QueueOptions.bool(NAME, options, "borrow", false),
          QueueOptions.positive(NAME, options, "half-life", Double.POSITIVE_INFINITY),
          backfill);
    }
  }
}
