package dev.podium.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.api.queue.QueuePolicy;
import dev.podium.api.queue.QueuePolicyProvider;
import dev.podium.core.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueuePoliciesTest {

  private static JobSpec job(String id, String tenant, int priority, double submit, int size) {
    return JobSpec.builder(id, Parallelism.dataParallel(size)).tenant(tenant).priority(priority)
        .submitSeconds(submit).build();
  }

  private static QueuePolicy queue(String name, Map<String, String> options) {
    return Policies.queue(name, new PolicyOptions(options, 0));
  }

  private static List<String> ids(List<JobSpec> jobs) {
    return jobs.stream().map(JobSpec::id).toList();
  }

  @Test
  void theCatalogListsTheThreeQueuePolicies() {
    assertThat(Policies.queueProviders()).extracting(QueuePolicyProvider::name)
        .containsExactly("fair-share", "fifo", "priority");
    for (QueuePolicyProvider provider : Policies.queueProviders()) {
      assertThat(provider.options()).contains("backfill");
      assertThat(provider.create(PolicyOptions.defaults()).backfill()).isTrue();
      assertThat(provider.create(new PolicyOptions(Map.of("backfill", "false"), 0)).backfill()).isFalse();
    }
  }

  @Test
  void fifoOrdersBySubmitTimeThenIdAndLeavesItsInputAlone() {
    List<JobSpec> pending = new ArrayList<>(List.of(job("c", "t", 9, 5, 1), job("b", "t", 0, 1, 1),
        job("a", "t", 0, 5, 1)));
    List<JobSpec> before = List.copyOf(pending);

    List<JobSpec> ordered = queue("fifo", Map.of()).order(pending, new FakeTenants(8));

    assertThat(ids(ordered)).containsExactly("b", "a", "c");
    assertThat(pending).isEqualTo(before);
  }

  @Test
  void priorityOrdersByPriorityDescendingThenSubmitTimeThenId() {
    List<JobSpec> pending = List.of(job("low", "t", -1, 0, 1), job("late", "t", 5, 9, 1),
        job("early", "t", 5, 2, 1), job("tie-b", "t", 0, 3, 1), job("tie-a", "t", 0, 3, 1));

    List<JobSpec> ordered = queue("priority", Map.of()).order(pending, new FakeTenants(8));

    assertThat(ids(ordered)).containsExactly("early", "late", "tie-a", "tie-b", "low");
  }

  @Test
  void fairShareOrdersTenantsByUsagePerWeightThenJobsFifo() {
    QueuePolicy policy = queue("fair-share", Map.of("weights", "a:3,b:1"));
    FakeTenants state = new FakeTenants(64).tenant("a", 0, 2, 2_400).tenant("b", 0, 2, 1_000)
        .tenant("c", 0, 1, 900);
    List<JobSpec> pending = List.of(job("b2", "b", 0, 4, 1), job("a2", "a", 0, 3, 1), job("c1", "c", 0, 0, 1),
        job("b1", "b", 9, 1, 1), job("a1", "a", 0, 2, 1));

    // a: 2400/3 = 800; c: 900/1 (no weight) = 900; b: 1000/1 = 1000. Priority plays no part.
    assertThat(ids(policy.order(pending, state))).containsExactly("a1", "a2", "c1", "b1", "b2");
  }

  @Test
  void fairShareBreaksEqualSharesByTenantName() {
    QueuePolicy policy = queue("fair-share", Map.of("weights", "a:2,b:1"));
    FakeTenants state = new FakeTenants(64).tenant("a", 0, 1, 200).tenant("b", 0, 1, 100);

    assertThat(ids(policy.order(List.of(job("b1", "b", 0, 0, 1), job("a1", "a", 0, 5, 1)), state)))
        .containsExactly("a1", "b1");
  }

  @Test
  void aQuotaAdmitsUpToItsLimitAndNoFurther() {
    QueuePolicy policy = queue("fair-share", Map.of("quotas", "a:16"));
    FakeTenants state = new FakeTenants(64).tenant("a", 8, 16, 0);

    assertThat(policy.admit(job("fits", "a", 0, 0, 8), state)).isTrue();
    assertThat(policy.admit(job("over", "a", 0, 0, 9), state)).isFalse();
    assertThat(policy.admit(job("unlimited", "z", 0, 0, 64), state)).isTrue();
  }

  @Test
  void borrowingTakesOnlyIdleCapacityThatNoUnderQuotaTenantIsWaitingFor() {
    QueuePolicy policy = queue("fair-share", Map.of("quotas", "a:16,b:32", "borrow", "true"));
    // 64 accelerators, a holds 16 (at quota), b holds 8 and waits for 8 more: 40 idle, 8 protected for b.
    FakeTenants state = new FakeTenants(64).tenant("a", 16, 64, 0).tenant("b", 8, 8, 0);

    assertThat(policy.admit(job("borrow-32", "a", 0, 0, 32), state)).isTrue();
    assertThat(policy.admit(job("borrow-33", "a", 0, 0, 33), state)).isFalse();
  }

  @Test
  void protectionIsCappedByTheWaitingTenantsRemainingQuota() {
    QueuePolicy policy = queue("fair-share", Map.of("quotas", "a:16,b:32", "borrow", "true"));
    // b waits for 100 but may hold only 32 - 24 = 8 more: 64 - 40 = 24 idle, 8 protected.
    FakeTenants state = new FakeTenants(64).tenant("a", 16, 64, 0).tenant("b", 24, 100, 0);

    assertThat(policy.admit(job("borrow-16", "a", 0, 0, 16), state)).isTrue();
    assertThat(policy.admit(job("borrow-17", "a", 0, 0, 17), state)).isFalse();
  }

  @Test
  void withoutBorrowingAQuotaIsHard() {
    QueuePolicy policy = queue("fair-share", Map.of("quotas", "a:16"));
    FakeTenants state = new FakeTenants(64).tenant("a", 16, 8, 0);

    assertThat(policy.admit(job("one-more", "a", 0, 0, 1), state)).isFalse();
  }

  @Test
  void theHalfLifeOptionIsWhatTheSchedulerDecaysWith() {
    assertThat(((UsageDecay) queue("fair-share", Map.of("half-life", "3600"))).halfLifeSeconds()).isEqualTo(3600);
    assertThat(((UsageDecay) queue("fair-share", Map.of())).halfLifeSeconds()).isInfinite();
  }

  @Test
  void unknownAndMalformedOptionsNameTheOption() {
    assertThatThrownBy(() -> queue("fifo", Map.of("weights", "a:1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
    assertThatThrownBy(() -> queue("priority", Map.of("backfill", "yes")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backfill");
    assertThatThrownBy(() -> queue("fair-share", Map.of("weights", "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
    assertThatThrownBy(() -> queue("fair-share", Map.of("weights", "a:0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
    assertThatThrownBy(() -> queue("fair-share", Map.of("weights", "a:1,a:2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights").hasMessageContaining("twice");
    assertThatThrownBy(() -> queue("fair-share", Map.of("quotas", "a:1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotas");
    assertThatThrownBy(() -> queue("fair-share", Map.of("quotas", "a:-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotas");
    assertThatThrownBy(() -> queue("fair-share", Map.of("borrow", "maybe")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("borrow");
    assertThatThrownBy(() -> queue("fair-share", Map.of("half-life", "-5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half-life");
    assertThatThrownBy(() -> queue("fair-share", Map.of("half-life", "soon")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("half-life");
  }
}
