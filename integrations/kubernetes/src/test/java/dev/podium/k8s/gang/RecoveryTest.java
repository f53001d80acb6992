package dev.podium.k8s.gang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.k8s.FakeNodes;
import dev.podium.k8s.InMemoryCluster;
import dev.podium.k8s.ManualTicker;
import dev.podium.k8s.TestPods;
import dev.podium.k8s.cluster.KubeNode;
import dev.podium.k8s.cluster.KubePod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A restart: the extender reads the gangs back from the cluster and leaves none half-bound. */
class RecoveryTest {

  private final List<KubeNode> nodes = FakeNodes.nodes(FakeNodes.fabric(1, 2, 4, 8));
  private final List<String> names = nodes.stream().map(KubeNode::name).toList();
  private final InMemoryCluster cluster = new InMemoryCluster(nodes);

  @Test
  void halfBoundGangsLoseTheirBoundPodsAndWholeGangsKeepTheirGpus() {
    List<KubePod> whole = TestPods.gang("ml", "whole", 2, 8);
    cluster.put(TestPods.boundTo(whole.get(0), "n0001"));
    cluster.put(TestPods.boundTo(whole.get(1), "n0002"));
    List<KubePod> half = TestPods.gang("ml", "half", 3, 8);
    cluster.put(TestPods.boundTo(half.get(0), "n0003"));
    cluster.put(TestPods.boundTo(half.get(1), "n0004"));
    cluster.put(half.get(2));
    List<KubePod> waiting = TestPods.gang("ml", "waiting", 2, 8);
    waiting.forEach(cluster::put);

    Recovery.Report report = Recovery.run(cluster, GangKeys.defaults());

    assertThat(report.gangsBound()).isEqualTo(1);
    assertThat(report.gangsWaiting()).isEqualTo(1);
    assertThat(report.halfBound()).containsOnlyKeys("ml/half");
    assertThat(report.halfBound().get("ml/half")).extracting(Object::toString).containsExactly("ml/half-0", "ml/half-1");
    assertThat(report.errors()).isEmpty();
    assertThat(cluster.pod("ml/half-0")).isNull();
    assertThat(cluster.pod("ml/half-1")).isNull();
    assertThat(cluster.pod("ml/half-2").bound()).isFalse();
    assertThat(cluster.pod("ml/whole-0").nodeName()).isEqualTo("n0001");

    GangScheduler restarted = Planning.scheduler(cluster, new ManualTicker());
    KubePod big = TestPods.member("ml", "big", 7, 0, 8);
    assertThat(restarted.filter(big, names).failedNodes().values()).as("the whole gang's GPUs stay held")
        .containsOnly("podium: gang ml/big needs 56 GPUs (7 pods x 8), 48 free in whole pods of 8 on 8 labelled nodes");
    assertThat(restarted.filter(half.get(2), names).kind()).as("the rest of the half gang is planned afresh")
        .isEqualTo(FilterDecision.Kind.STEERED);
  }

  @Test
  void aGangWithBoundPodsIsNotPlannedAgainUntilTheyAreGone() {
    List<KubePod> gang = TestPods.gang("ml", "g", 2, 8);
    cluster.put(TestPods.boundTo(gang.get(0), "n0001"));
    cluster.put(gang.get(1));
    GangScheduler scheduler = Planning.scheduler(cluster, new ManualTicker());
    assertThat(scheduler.filter(gang.get(1), names).failedNodes().values()).containsOnly("podium: gang ml/g has 1 of 2"
        + " pods bound already; Podium places whole gangs only: delete the gang's pods to place it again");
  }
}
