package dev.podium.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.job.JobSpec;
import dev.podium.api.placement.PlacementDecision;
import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.cost.CostModel;
import dev.podium.core.cost.LowerBound;
import dev.podium.core.cost.PlacementCost;
import dev.podium.core.job.JobRequests;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.Presets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance checks of the scheduler issue on Meta's 24K RoCE cluster. */
class TopologyAwarePolicyTest {

  private static Fabric meta;
  private static int host;
  private static int pod;
  private static int cluster;

  @BeforeAll
  static void fabric() {
    meta = Presets.find("meta-24k-roce").build();
    host = meta.levelIndex("host");
    pod = meta.levelIndex("pod");
    cluster = meta.levelIndex("cluster");
  }

  @Test
  void a256GpuJobStaysInOnePodWithEveryTpGroupInOneHost() {
    JobSpec job = JobRequests.parse("id=j256,tp=8,pp=4,dp=8,model=llama3-70b,batch=64");
    ClusterState state = new ClusterState(meta, "H100");

    int[] placement = placed(Policies.placement("topology-aware", PolicyOptions.defaults()).place(job, state));

    int firstPod = meta.domainOf(placement[0], pod);
    for (int rank = 0; rank < placement.length; rank++) {
      assertThat(meta.domainOf(placement[rank], pod)).isEqualTo(firstPod);
      int tpLeader = rank - job.parallelism().tpIndex(rank);
      assertThat(meta.domainOf(placement[rank], host)).isEqualTo(meta.domainOf(placement[tpLeader], host));
    }
    PlacementCost cost = new CostModel(meta).evaluate(job.plan(), placement);
    assertThat(cost.bytesAt(cluster)).isZero();
  }

  @Test
  void a4096GpuJobCrossesPodsNoMoreThanTheLowerBound() {
    JobSpec job = JobRequests.parse("id=j4k,tp=8,pp=16,dp=32,model=llama3-405b");
    ClusterState state = new ClusterState(meta, "H100");

    int[] placement = placed(Policies.placement("topology-aware", PolicyOptions.defaults()).place(job, state));

    double[] bound = LowerBound.crossBytes(meta, job.parallelism(), job.plan());
    PlacementCost cost = new CostModel(meta).evaluate(job.plan(), placement);
    assertThat(bound[cluster]).isPositive();
    assertThat(cost.bytesAt(cluster)).isEqualTo(bound[cluster]);
  }

  @Test
  void neverMoreTopTierBytesThanFirstFitOnABusyFabric() {
    ClusterState state = new ClusterState(meta, "H100");
    BackgroundLoad.fill(state, 0.7, 42);
    JobSpec job = JobRequests.parse("id=j1k,tp=8,pp=8,dp=16,model=llama3-70b,batch=256");
    CostModel model = new CostModel(meta);

    PlacementCost ours = model.evaluate(job.plan(),
        placed(Policies.placement("topology-aware", PolicyOptions.defaults()).place(job, state)));
    PlacementCost firstFit = model.evaluate(job.plan(),
        placed(Policies.placement("first-fit", PolicyOptions.defaults()).place(job, state)));

    assertThat(ours.bytesAt(cluster)).isLessThanOrEqualTo(firstFit.bytesAt(cluster));
    assertThat(ours.compareTo(firstFit)).isLessThanOrEqualTo(0);
  }

  @Test
  void sameSeedSameDecision() {
    ClusterState state = new ClusterState(meta, "H100");
    BackgroundLoad.fill(state, 0.5, 7);
    JobSpec job = JobRequests.parse("id=j,tp=8,pp=2,dp=8,model=llama3-70b,batch=64");
    PlacementPolicy a = Policies.placement("topology-aware", PolicyOptions.defaults().withSeed(3));
    PlacementPolicy b = Policies.placement("topology-aware", PolicyOptions.defaults().withSeed(3));
    assertThat(a.place(job, state)).isEqualTo(b.place(job, state));
  }

  private static int[] placed(PlacementDecision decision) {
    assertThat(decision).isInstanceOf(PlacementDecision.Placed.class);
    return ((PlacementDecision.Placed) decision).accelerators();
  }
}
