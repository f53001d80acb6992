package dev.podium.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.comm.Collective;
import dev.podium.api.comm.CommunicationPlan;
import dev.podium.api.comm.Dimension;
import dev.podium.api.comm.RankGroups;
import dev.podium.api.comm.Traffic;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bytes per level and estimated times against hand computations on meta-24k-roce. */
class CostModelTest {

  private static Fabric meta;
  private static int host;
  private static int rack;
  private static int cluster;

  @BeforeAll
  static void fabric() {
    meta = Presets.find("meta-24k-roce").build();
    host = meta.levelIndex("host");
    rack = meta.levelIndex("rack");
    cluster = meta.levelIndex("cluster");
  }

  @Test
  void ringAllReduceInsideOneHost() {
    CommunicationPlan plan = plan(Collective.ALL_REDUCE, new int[][] {{0, 1, 2, 3, 4, 5, 6, 7}}, 1e9, 10);
    PlacementCost cost = new CostModel(meta).evaluate(plan, new int[] {0, 1, 2, 3, 4, 5, 6, 7});

    double perEdge = 2.0 * 7 / 8 * 1e9;
    assertThat(cost.bytesAt(host)).isCloseTo(8 * perEdge * 10, within(1.0));
    assertThat(cost.bytesAt(rack)).isZero();
    double oneCall = perEdge / 450e9 + 14 * meta.latency(host);
    assertThat(cost.commSeconds()).isCloseTo(oneCall * 10, within(1e-12));
  }

  @Test
  void aRingAcrossTwoPodsIsLimitedByTheOversubscribedTier() {
    CommunicationPlan plan = plan(Collective.ALL_REDUCE, new int[][] {{0, 1}}, 1e9, 1);
    // accelerator 3,072 is the first of the second pod
    PlacementCost cost = new CostModel(meta).evaluate(plan, new int[] {0, 3072});

    assertThat(cost.bytesAt(cluster)).isCloseTo(2 * 1e9, within(1.0));
    assertThat(cost.commSeconds()).isCloseTo(1e9 / (50e9 / 7) + 2 * meta.latency(cluster), within(1e-9));
  }

  @Test
  void sendRecvFollowsTheGroupOrderAndAllToAllEveryPair() {
    CommunicationPlan pipeline = plan(Collective.SEND_RECV, new int[][] {{0, 1, 2}}, 100, 2);
    PlacementCost chain = new CostModel(meta).evaluate(pipeline, new int[] {0, 16, 17});
    assertThat(chain.bytesAt(meta.levelIndex("pod"))).isEqualTo(200);
    assertThat(chain.bytesAt(host)).isEqualTo(200);

    CommunicationPlan experts = plan(Collective.ALL_TO_ALL, new int[][] {{0, 1, 2, 3}}, 400, 1);
    PlacementCost exchange = new CostModel(meta).evaluate(experts, new int[] {0, 1, 8, 9});
    // each rank sends 100 bytes to each of 3 others: 1 in its host, 2 in the other host of the rack
    assertThat(exchange.bytesAt(host)).isEqualTo(4 * 100);
    assertThat(exchange.bytesAt(rack)).isEqualTo(8 * 100);
  }

  private static CommunicationPlan plan(Collective collective, int[][] groups, double message, double calls) {
    int ranks = 0;
    for (int[] g : groups) {
      ranks += g.length;
    }
    return new CommunicationPlan(ranks,
        List.of(new Traffic(Dimension.DP, collective, RankGroups.of(groups), message, calls)), 0);
  }
}
