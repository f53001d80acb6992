package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.gang.RankSlot;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GangPlanTest {

  private static final List<String> ORDER = List.of("n1", "n2", "n3", "n4");

  @Test
  void consecutiveRanksOnNodesInSlurmOrderAreBlock() {
    GangPlan plan = GangPlan.of("g", "p", slots("n2", 4, "n3", 4), ORDER);
    assertThat(plan.order()).isEqualTo(RankOrder.BLOCK);
    assertThat(plan.tasksPerNode()).isEqualTo(4);
    assertThat(plan.nodes()).containsExactly("n2", "n3");
    assertThat(plan.hostlist()).isEqualTo("n[2-3]");
  }

  @Test
  void nodesAgainstSlurmOrderOrInterleavedRanksAreArbitrary() {
    assertThat(GangPlan.of("g", "p", slots("n3", 2, "n1", 2), ORDER).order()).isEqualTo(RankOrder.ARBITRARY);
    List<RankSlot> interleaved = List.of(new RankSlot(0, "n1", 0), new RankSlot(1, "n2", 0),
        new RankSlot(2, "n1", 1), new RankSlot(3, "n2", 1));
    assertThat(GangPlan.of("g", "p", interleaved, ORDER).order()).isEqualTo(RankOrder.ARBITRARY);
  }

  @Test
  void unevenRanksPerNodeAreRefused() {
    assertThatThrownBy(() -> GangPlan.of("g", "p", slots("n1", 8, "n2", 4), ORDER))
        .hasMessageContaining("puts 8 ranks on n1 but 4 on n2");
  }

  @Test
  void plannerAvoidsUnavailableAndBusyNodesOfTheRecordedCluster() {
    LiveCluster cluster = new ClusterReader(Fixtures.client()).read(null, null);
    GangPlan plan = GangPlanner.plan(cluster, JobRequests.parse("tp=8,dp=4,id=gang"),
        Policies.placement("topology-aware", PolicyOptions.defaults()));
    assertThat(plan.size()).isEqualTo(32);
    assertThat(plan.tasksPerNode()).isEqualTo(8);
    assertThat(plan.nodes()).doesNotContain("node001", "node002", "node003", "node004", "node005", "node006",
        "node007");
    assertThat(plan.ranks()).extracting(RankSlot::rank).containsExactlyElementsOf(
        java.util.stream.IntStream.range(0, 32).boxed().toList());
    assertThatThrownBy(() -> GangPlanner.plan(cluster, JobRequests.parse("tp=8,dp=16"),
        Policies.placement("topology-aware", PolicyOptions.defaults())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot place job")
        .hasMessageContaining("free GPUs: 84 of 128");
  }

  /** {@code count} ranks on each named node, in turn. */
  static List<RankSlot> slots(Object... nodeAndCount) {
    List<RankSlot> slots = new ArrayList<>();
    for (int i = 0; i < nodeAndCount.length; i += 2) {
      for (int g = 0; g < (Integer) nodeAndCount[i + 1]; g++) {
        slots.add(new RankSlot(slots.size(), (String) nodeAndCount[i], g));
      }
    }
    return slots;
  }
}
