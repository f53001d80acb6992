package dev.podium.k8s.gang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.k8s.ManualTicker;
import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.InMemoryCluster;
import dev.podium.k8s.TestPods;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The gang logic on an in-memory cluster of 16 nodes of 8 GPUs (2 zones x 2 racks x 4 nodes). */
class GangSchedulerTest {

  private final List<KubeNode> nodes = FakeNodes.nodes(FakeNodes.fabric(2, 2, 4, 8));
  private final List<String> names = nodes.stream().map(KubeNode::name).toList();
  private final InMemoryCluster cluster = new InMemoryCluster(nodes);
  private final ManualTicker ticker = new ManualTicker();
  private final GangScheduler scheduler = Planning.scheduler(cluster, ticker);

  @Test
  void firstPodPlansTheWholeGangAndEveryPodIsSteeredToItsRanksNode() {
    List<KubePod> gang = TestPods.gang("ml", "g1", 4, 8);
    gang.forEach(cluster::put);
    PodPlan expected = plan(gang.get(0));

    for (KubePod pod : gang) {
      FilterDecision decision = scheduler.filter(pod, names);
      int rank = Integer.parseInt(pod.annotations().get("podium.dev/rank"));
      assertThat(decision.kind()).isEqualTo(FilterDecision.Kind.STEERED);
      assertThat(decision.nodeNames()).containsExactly(expected.node(rank));
      assertThat(decision.failedNodes()).hasSize(names.size() - 1).allSatisfy((node, reason) ->
          assertThat(reason).isEqualTo("podium: gang ml/g1 rank " + rank + " is planned on node " + expected.node(rank)));
      assertThat(scheduler.prioritize(pod, names, 10)).containsEntry(expected.node(rank), 10)
          .hasSize(names.size()).satisfies(scores -> assertThat(scores.values().stream().mapToInt(i -> i).sum())
              .isEqualTo(10));
    }
    assertThat(expected.nodes()).as("4 pods of 8 GPUs on 4 distinct nodes of one rack").doesNotHaveDuplicates();
    assertThat(new HashSet<>(expected.nodes())).isEqualTo(new HashSet<>(names.subList(0, 4)));
    assertThat(scheduler.book().reservedPerNode()).hasSize(4).containsValues(8);
  }

  @Test
  void bindsWaitUntilEveryPodOfTheGangHasArrivedThenAllAreBound() {
    List<KubePod> gang = TestPods.gang("ml", "g1", 3, 8);
    gang.forEach(cluster::put);
    gang.forEach(p -> scheduler.filter(p, names));
    PodPlan plan = scheduler.book().get("ml/g1").plan();

    BindStep first = scheduler.bind(gang.get(0).ref(), plan.node(0));
    BindStep second = scheduler.bind(gang.get(1).ref(), plan.node(1));
    assertThat(first.answer()).isNotDone();
    assertThat(first.commit()).isNull();
    assertThat(second.commit()).isNull();
    assertThat(cluster.bindLog()).isEmpty();

    BindStep last = scheduler.bind(gang.get(2).ref(), plan.node(2));
    assertThat(last.commit()).isNotNull();
    assertThat(last.commit().nodes()).isEqualTo(plan.nodes());
    String error = GangBinding.bind(cluster, last.commit(), Runnable::run);
    scheduler.committed("ml/g1", error);

    assertThat(error).isEmpty();
    assertThat(List.of(first.answer(), second.answer(), last.answer())).allSatisfy(a -> assertThat(a).isCompletedWithValue(""));
    for (int rank = 0; rank < 3; rank++) {
      assertThat(cluster.pod("ml/g1-" + rank).nodeName()).isEqualTo(plan.node(rank));
    }
    assertThat(scheduler.book().size()).isZero();
    assertThat(scheduler.gangsBound()).isEqualTo(1);
  }

  @Test
  void aBindThatEndedEarlyStillCountsAndAWrongNodeIsRefused() {
    List<KubePod> gang = TestPods.gang("ml", "g1", 2, 8);
    gang.forEach(cluster::put);
    gang.forEach(p -> scheduler.filter(p, names));
    PodPlan plan = scheduler.book().get("ml/g1").plan();
    String other = names.stream().filter(n -> !plan.nodes().contains(n)).findFirst().orElseThrow();

    assertThat(scheduler.bind(gang.get(0).ref(), other).answer()).isCompletedWithValueMatching(
        e -> e.equals("podium: pod ml/g1-0 (gang ml/g1 rank 0) is planned on node " + plan.node(0) + ", not " + other));
    CompletableFuture<String> early = scheduler.bind(gang.get(0).ref(), plan.node(0)).answer();
    early.complete("answered by the bind wait");
    BindStep last = scheduler.bind(gang.get(1).ref(), plan.node(1));
    assertThat(last.commit()).as("the early pod still counts").isNotNull();
  }

  @Test
  void aGangThatCannotFitIsUnschedulableOnEveryNodeWithAReasonNamingPodium() {
    KubePod big = TestPods.member("ml", "huge", 20, 0, 8);
    FilterDecision decision = scheduler.filter(big, names);
    assertThat(decision.kind()).isEqualTo(FilterDecision.Kind.UNSCHEDULABLE);
    assertThat(decision.nodeNames()).isEmpty();
    assertThat(decision.failedNodes()).hasSize(16).containsValue(
        "podium: gang ml/huge needs 160 GPUs (20 pods x 8), 128 free in whole pods of 8 on 16 labelled nodes");
    assertThat(scheduler.book().size()).isZero();
  }

  @Test
  void twoGangsThatTogetherExceedCapacityDoNotShareAGpu() {
    List<KubePod> first = TestPods.gang("ml", "a", 12, 8);
    List<KubePod> second = TestPods.gang("ml", "b", 8, 8);
    first.forEach(cluster::put);
    second.forEach(cluster::put);
    assertThat(scheduler.filter(first.get(0), names).kind()).isEqualTo(FilterDecision.Kind.STEERED);
    FilterDecision refused = scheduler.filter(second.get(0), names);
    assertThat(refused.kind()).isEqualTo(FilterDecision.Kind.UNSCHEDULABLE);
    assertThat(refused.failedNodes().values()).containsOnly(
        "podium: gang ml/b needs 64 GPUs (8 pods x 8), 32 free in whole pods of 8 on 16 labelled nodes");

    bindAll(first);
    assertThat(cluster.usedPerNode().values()).allSatisfy(gpus -> assertThat(gpus).isEqualTo(8));
    assertThat(scheduler.filter(second.get(0), names).failedNodes().values())
        .as("once bound, gang a's pods hold their GPUs").containsOnly(
            "podium: gang ml/b needs 64 GPUs (8 pods x 8), 32 free in whole pods of 8 on 16 labelled nodes");

    first.subList(0, 4).forEach(p -> cluster.delete(p.ref()));
    assertThat(scheduler.filter(second.get(0), names).kind()).as("capacity freed by deleted pods").isEqualTo(
        FilterDecision.Kind.STEERED);
  }

  @Test
  void aTimedOutGangIsReleasedAndItsWaitingBindsAreAnswered() {
    List<KubePod> gang = TestPods.gang("ml", "slow", 4, 8);
    gang.forEach(cluster::put);
    scheduler.filter(gang.get(0), names);
    scheduler.filter(gang.get(1), names);
    PodPlan plan = scheduler.book().get("ml/slow").plan();
    CompletableFuture<String> waiting = scheduler.bind(gang.get(0).ref(), plan.node(0)).answer();

    ticker.advance(Duration.ofSeconds(59));
    assertThat(scheduler.expire()).isEmpty();
    assertThat(scheduler.book().reservedPerNode()).isNotEmpty();
    ticker.advance(Duration.ofSeconds(1));
    assertThat(scheduler.expire()).containsExactly("ml/slow");

    assertThat(waiting).isCompletedWithValue("podium: gang ml/slow timed out after 60 s with 1 of 4 pods at bind"
        + " (missing ranks 1-3); its reservation is released and kube-scheduler will retry");
    assertThat(scheduler.book().reservedPerNode()).isEmpty();
    assertThat(scheduler.gangsTimedOut()).isEqualTo(1);
    assertThat(scheduler.bind(gang.get(1).ref(), plan.node(1)).answer().join()).startsWith("podium: pod ml/slow-1 has"
        + " no plan");
    assertThat(scheduler.filter(gang.get(1), names).kind()).as("planned afresh").isEqualTo(FilterDecision.Kind.STEERED);
  }

  @Test
  void aFailedBindingDeletesThePodsAlreadyBound() {
    List<KubePod> gang = TestPods.gang("ml", "g1", 3, 8);
    gang.forEach(cluster::put);
    gang.forEach(p -> scheduler.filter(p, names));
    cluster.failBindingOf(gang.get(2).ref());
    PodPlan plan = scheduler.book().get("ml/g1").plan();
    BindStep step = null;
    for (int rank = 0; rank < 3; rank++) {
      step = scheduler.bind(gang.get(rank).ref(), plan.node(rank));
    }
    String error = GangBinding.bind(cluster, step.commit(), Runnable::run);
    scheduler.committed("ml/g1", error);

    assertThat(error).isEqualTo("podium: gang ml/g1 could not be bound whole: bind pod ml/g1-2 to node " + plan.node(2)
        + ": HTTP 500: injected failure; the 2 pods bound were deleted so that no part of the gang runs");
    assertThat(step.answer()).isCompletedWithValue(error);
    assertThat(cluster.pod("ml/g1-0")).isNull();
    assertThat(cluster.pod("ml/g1-1")).isNull();
    assertThat(cluster.pod("ml/g1-2").bound()).isFalse();
    assertThat(scheduler.gangsRolledBack()).isEqualTo(1);
    assertThat(scheduler.book().size()).isZero();
  }

  @Test
  void badGangKeysAreAnErrorNamingThePodTheKeyAndTheReason() {
    KubePod pod = TestPods.annotated(TestPods.member("ml", "g1", 4, 0, 8), Map.of("podium.dev/gang-size", "four"));
    FilterDecision decision = scheduler.filter(pod, names);
    assertThat(decision.kind()).isEqualTo(FilterDecision.Kind.INVALID);
    assertThat(decision.error()).isEqualTo("podium: pod ml/g1-0: podium.dev/gang-size: 'four' is not an integer");

    KubePod wrongShape = TestPods.annotated(TestPods.member("ml", "g2", 4, 0, 8),
        Map.of("podium.dev/parallelism", "tp=8,dp=2"));
    assertThat(scheduler.filter(wrongShape, names).error()).isEqualTo("podium: pod ml/g2-0: podium.dev/parallelism:"
        + " 'tp=8,dp=2' has 16 ranks but the gang has 4 pods x 8 GPUs = 32");

    KubePod outside = TestPods.annotated(TestPods.member("ml", "g3", 4, 0, 8), Map.of("podium.dev/rank", "4"));
    assertThat(scheduler.filter(outside, names).error()).isEqualTo("podium: pod ml/g3-0: podium.dev/rank: rank 4 is"
        + " outside the gang's ranks 0..3");
  }

  @Test
  void podsWithoutRanksTakeFreeRanksInArrivalOrderAndTwoPodsCannotHoldOneRank() {
    List<KubePod> gang = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      KubePod member = TestPods.member("ml", "g1", 2, 0, 8);
      Map<String, String> annotations = new HashMap<>(member.annotations());
      annotations.remove("podium.dev/rank");
      gang.add(new KubePod(new dev.podium.k8s.cluster.PodRef("ml", "p" + i, "u" + i), null, 8, member.labels(),
          annotations, false));
    }
    assertThat(scheduler.filter(gang.get(0), names).kind()).isEqualTo(FilterDecision.Kind.STEERED);
    assertThat(scheduler.filter(gang.get(1), names).kind()).isEqualTo(FilterDecision.Kind.STEERED);
    Gang planned = scheduler.book().get("ml/g1");
    assertThat(planned.rankOf(gang.get(0).ref())).isZero();
    assertThat(planned.rankOf(gang.get(1).ref())).isOne();
    assertThat(scheduler.filter(gang.get(2), names).failedNodes().values()).containsOnly(
        "podium: gang ml/g1 already has its 2 pods");

    KubePod twin = TestPods.member("ml", "g2", 2, 1, 8);
    KubePod clash = new KubePod(new dev.podium.k8s.cluster.PodRef("ml", "other", "u-other"), null, 8, twin.labels(),
        twin.annotations(), false);
    scheduler.filter(twin, names);
    assertThat(scheduler.filter(clash, names).failedNodes().values()).containsOnly(
        "podium: gang ml/g2 rank 1 is held by pod ml/g2-1");
  }

  @Test
  void aPlannedNodeThatKubeSchedulerDidNotPassFailsEveryNodeWithTheReason() {
    KubePod pod = TestPods.member("ml", "g1", 1, 0, 8);
    PodPlan plan = plan(pod);
    List<String> without = names.stream().filter(n -> !n.equals(plan.node(0))).toList();
    FilterDecision decision = scheduler.filter(pod, without);
    assertThat(decision.kind()).isEqualTo(FilterDecision.Kind.PLANNED_NODE_NOT_PASSED);
    assertThat(decision.failedNodes()).hasSize(15).allSatisfy((n, reason) -> assertThat(reason).startsWith(
        "podium: gang ml/g1 rank 0 is planned on node " + plan.node(0) + ", which kube-scheduler's own filters"));
  }

  @Test
  void podsWithoutAGangAreGangsOfOneAndUnschedulableNodesAreAvoided() {
    for (int i = 0; i < 4; i++) {
      KubeNode node = nodes.get(i);
      cluster.put(new KubeNode(node.name(), node.labels(), node.gpus(), false));
    }
    KubePod single = new KubePod(new dev.podium.k8s.cluster.PodRef("ml", "solo", "u-solo"), null, 4, Map.of(),
        Map.of(), false);
    cluster.put(single);
    FilterDecision decision = scheduler.filter(single, names);
    assertThat(decision.kind()).isEqualTo(FilterDecision.Kind.STEERED);
    assertThat(decision.nodeNames()).doesNotContainAnyElementsOf(names.subList(0, 4));
    BindStep step = scheduler.bind(single.ref(), decision.nodeNames().get(0));
    assertThat(step.commit()).isNotNull();
    assertThat(step.commit().gang()).isEqualTo("ml/pod:solo");
  }

  @Test
  void aPlanIsTheSameForTheSameCluster() {
    KubePod pod = TestPods.member("ml", "g1", 6, 0, 8);
    cluster.put(TestPods.boundTo(TestPods.member("ml", "other", 1, 0, 8), names.get(5)));
    assertThat(plan(pod)).isEqualTo(plan(pod));
    assertThat(plan(pod).nodes()).doesNotContain(names.get(5));
  }

  @Test
  void concurrentCallsThroughOneThreadNeverDoubleBook() throws Exception {
    List<CompletableFuture<FilterDecision>> decisions = new ArrayList<>();
    java.util.concurrent.ExecutorService planner = java.util.concurrent.Executors.newSingleThreadExecutor();
    for (int g = 0; g < 24; g++) {
      KubePod pod = TestPods.member("ml", "g" + g, 1, 0, 8);
      cluster.put(pod);
      decisions.add(CompletableFuture.supplyAsync(() -> pod, ForkJoinPool.commonPool())
          .thenApplyAsync(p -> scheduler.filter(p, names), planner));
    }
    Map<String, Integer> steered = new HashMap<>();
    for (CompletableFuture<FilterDecision> decision : decisions) {
      FilterDecision d = decision.get();
      d.nodeNames().forEach(n -> steered.merge(n, 1, Integer::sum));
    }
    planner.shutdown();
    assertThat(steered).hasSize(16).allSatisfy((node, count) -> assertThat(count).isOne());
  }

  private PodPlan plan(KubePod pod) {
    ClusterSnapshot snapshot = new SnapshotReader(Planning.settings()).read(cluster, java.util.Set.of(), Map.of());
    GangPlanner.Outcome outcome = new GangPlanner(Planning.settings()).plan(
        GangRequest.of(pod, GangKeys.defaults()), snapshot);
    assertThat(outcome).isInstanceOf(GangPlanner.Planned.class);
    return ((GangPlanner.Planned) outcome).plan();
  }

  private void bindAll(List<KubePod> gang) {
    String key = GangRequest.keyOf(gang.get(0), GangKeys.defaults());
    PodPlan plan = scheduler.book().get(key).plan();
    BindStep step = null;
    for (int rank = 0; rank < gang.size(); rank++) {
      scheduler.filter(gang.get(rank), names);
      step = scheduler.bind(gang.get(rank).ref(), plan.node(rank));
    }
    scheduler.committed(key, GangBinding.bind(cluster, step.commit(), Runnable::run));
  }
}
