package dev.podium.core.scheduler;

import dev.podium.api.job.JobSpec;
import dev.podium.core.queue.CapacityView;
import dev.podium.core.state.ClusterState;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-tenant accounts the queue policy reads: accelerators held and requested, and usage in
 * accelerator-seconds, integrated exactly between events and decayed with a half-life if any.
 */
final class TenantLedger implements CapacityView {

  /** One tenant's figures; usage is exact as of {@code since}. */
  private static final class Account {
    int allocated;
    int pending;
    double usage;
    double since;
  }

  private final Map<String, Account> accounts = new HashMap<>();
  private final ClusterState state;
  private final double decayRate;
  private double now;

  /** A ledger over {@code state}; {@code halfLifeSeconds} may be {@code +Infinity} (no decay). */
  TenantLedger(ClusterState state, double halfLifeSeconds) {
    if (!(halfLifeSeconds > 0)) {
      throw new IllegalArgumentException("usage half-life must be positive, was " + halfLifeSeconds);
    }
    this.state = state;
    this.decayRate = Double.isInfinite(halfLifeSeconds) ? 0 : Math.log(2) / halfLifeSeconds;
  }

  /** Moves the ledger's clock to {@code seconds}, never backwards. */
  void at(double seconds) {
    now = seconds;
  }

  /** {@code job} joined the queue. */
  void queued(JobSpec job) {
    account(job.tenant()).pending += job.size();
  }

  /** {@code job} left the queue and now holds its accelerators. */
  void started(JobSpec job) {
    Account account = account(job.tenant());
    accrue(account);
    account.pending -= job.size();
    account.allocated += job.size();
  }

  /** {@code job} released its accelerators. */
  void stopped(JobSpec job) {
    Account account = account(job.tenant());
    accrue(account);
    account.allocated -= job.size();
  }

  @Override
  public double now() {
    return now;
  }

  @Override
  public int capacity() {
    return state.healthyCount();
  }

  @Override
  public int free() {
    return state.freeCount();
  }

  @Override
  public int allocated(String tenant) {
    Account account = accounts.get(tenant);
    return account == null ? 0 : account.allocated;
  }

  @Override
  public int pending(String tenant) {
    Account account = accounts.get(tenant);
    return account == null ? 0 : account.pending;
  }

  @Override
  public double usage(String tenant) {
    Account account = accounts.get(tenant);
    return account == null ? 0 : usageAt(account, now);
  }

  private Account account(String tenant) {
    return accounts.computeIfAbsent(tenant, t -> {
      Account fresh = new Account();
      fresh.since = now;
      return fresh;
    });
  }

  private void accrue(Account account) {
    account.usage = usageAt(account, now);
    account.since = now;
  }

  /** Usage at {@code t}: the old usage decayed plus the constant allocation integrated with decay. */
  private double usageAt(Account account, double t) {
    double elapsed = t - account.since;
    if (elapsed <= 0) {
      return account.usage;
    }
    if (decayRate == 0) {
      return account.usage + account.allocated * elapsed;
    }
    double x = -decayRate * elapsed;
    return account.usage * Math.exp(x) - account.allocated * Math.expm1(x) / decayRate;
  }
}
