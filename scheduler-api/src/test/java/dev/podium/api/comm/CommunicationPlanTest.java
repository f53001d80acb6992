package dev.podium.api.comm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plan of known configurations, numbers worked out by hand in docs/COMMUNICATION.md. */
class CommunicationPlanTest {

  private static final ModelSpec LLAMA_405B = ModelPresets.find("llama3-405b");

  @Test
  void llama3_405bAtTp8Pp16Dp64() {
    Parallelism p = new Parallelism(8, 1, 16, 64, 1);
    CommunicationPlan plan = CommunicationPlan.derive(p, LLAMA_405B);

    assertThat(plan.ranks()).isEqualTo(8192);
    Map<Dimension, Traffic> byDimension =
        plan.traffic().stream().collect(Collectors.toMap(Traffic::dimension, t -> t));
    assertThat(byDimension).containsOnlyKeys(Dimension.TP, Dimension.PP, Dimension.DP);

    Traffic tp = byDimension.get(Dimension.TP);
    assertThat(tp.groups().count()).isEqualTo(1024);
    assertThat(tp.groups().size(0)).isEqualTo(8);
    assertThat(tp.groups().group(0)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    // one micro-batch of one 8,192-token sequence x 16,384 wide x 2 bytes = 268 MB per all-reduce
    assertThat(tp.messageBytes()).isEqualTo(8192.0 * 16384 * 2);
    // 4 per layer x 126/16 layers per stage x 32 micro-batches per step (2,048 / 64 DP ranks)
    assertThat(tp.callsPerStep()).isCloseTo(4 * 126.0 / 16 * 32, within(1e-9));

    Traffic pp = byDimension.get(Dimension.PP);
    assertThat(pp.collective()).isEqualTo(Collective.SEND_RECV);
    assertThat(pp.groups().count()).isEqualTo(512);
    assertThat(pp.groups().group(0)).hasSize(16).startsWith(0, 8, 16).endsWith(120);
    assertThat(pp.messageBytes()).isEqualTo(8192.0 * 16384 * 2 / 8);
    assertThat(pp.callsPerStep()).isEqualTo(64);

    Traffic dp = byDimension.get(Dimension.DP);
    assertThat(dp.groups().count()).isEqualTo(128);
    assertThat(dp.groups().size(0)).isEqualTo(64);
    assertThat(dp.groups().member(0, 1)).isEqualTo(128);
    // 405B / (8 x 16) parameters per rank x 2 bytes of bf16 gradient = 6.33 GB
    assertThat(dp.messageBytes()).isCloseTo(405e9 / 128 * 2, within(1.0));
    assertThat(dp.callsPerStep()).isEqualTo(1);

    // 6 x 405e9 x 16.8M tokens + 6 x 126 x 8192 x 16384 x 16.8M = 4.25e19 FLOPs per step
    assertThat(plan.flopsPerStep()).isCloseTo(4.25e19, within(0.01e19));
  }

  @Test
  void contextParallelDataGroupsSpanCpRanks() {
    Parallelism p = new Parallelism(8, 16, 16, 8, 1);
    CommunicationPlan plan = CommunicationPlan.derive(p, LLAMA_405B.withGlobalBatch(128));

    Traffic dp = plan.traffic().stream().filter(t -> t.dimension() == Dimension.DP).findFirst().orElseThrow();
    assertThat(dp.groups().size(0)).isEqualTo(8 * 16);
    assertThat(plan.traffic()).filteredOn(t -> t.dimension() == Dimension.CP).hasSize(2)
        .allSatisfy(t -> assertThat(t.groups().size(0)).isEqualTo(16));
  }

  @Test
  void mixtureOfExpertsExchangesTokensAllToAll() {
    ModelSpec deepseek = ModelPresets.find("deepseek-v3");
    Parallelism p = new Parallelism(1, 1, 16, 128, 64);
    CommunicationPlan plan = CommunicationPlan.derive(p, deepseek);

    Traffic ep = plan.traffic().stream().filter(t -> t.dimension() == Dimension.EP).findFirst().orElseThrow();
    assertThat(ep.collective()).isEqualTo(Collective.ALL_TO_ALL);
    assertThat(ep.groups().size(0)).isEqualTo(64);
    assertThat(ep.messageBytes()).isEqualTo(4096.0 * 7168 * 1 * 8);
    assertThat(plan.traffic()).filteredOn(t -> t.dimension() == Dimension.DP).hasSize(2);
    // FLOPs follow active, not total, parameters
    assertThat(plan.flopsPerStep()).isLessThan(6.0 * 100e9 * deepseek.tokensPerStep());
  }

  @Test
  void everyRankIsInExactlyOneGroupOfEachDimension() {
    Parallelism p = new Parallelism(2, 2, 3, 4, 2);
    for (Dimension d : Dimension.values()) {
      RankGroups groups = RankGroups.of(p, d);
      assertThat(groups.totalMembers()).as("%s", d).isEqualTo(p.size());
      java.util.BitSet seen = new java.util.BitSet();
      for (int g = 0; g < groups.count(); g++) {
        for (int i = 0; i < groups.size(g); i++) {
          assertThat(seen.get(groups.member(g, i))).isFalse();
          seen.set(groups.member(g, i));
        }
      }
    }
  }
}
