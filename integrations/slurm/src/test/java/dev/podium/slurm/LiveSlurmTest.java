package dev.podium.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.api.placement.PlacementPolicy;
import dev.podium.api.placement.PolicyOptions;
import dev.podium.core.gang.RankSlot;
import dev.podium.core.job.JobRequests;
import dev.podium.core.policy.Policies;
import dev.podium.topology.export.Hostlist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Against a real slurmctld with 16 emulated nodes of 8 fake GPUs (node[001-016], leaf1..leaf4 under
 * spine), started from Podium's own topology.conf and node lines: the live topology is the one
 * written, gangs run where Podium planned them, drained nodes are avoided, a plan on busy nodes waits.
 */
@Tag("slurm")
class LiveSlurmTest {

  @RegisterExtension
  static final SlurmClusterExtension SLURM = new SlurmClusterExtension(TestFabrics.leavesUnderSpine(4, 4, 8));

  private static final String RANK_LINE = "echo \"$SLURMD_NODENAME $SLURM_PROCID $CUDA_VISIBLE_DEVICES\"";
  private static final long JOB_LIMIT_MILLIS = 90_000;

  private final PlacementPolicy policy = Policies.placement("topology-aware", PolicyOptions.defaults());

  @Test
  void generatedTopologyMatchesScontrolShowTopology() throws IOException {
    List<SlurmSwitch> written = TopologyParser.parse(Files.readString(SLURM.dir().resolve("topology.conf")));
    List<SlurmSwitch> reported = SLURM.client().switches();
    assertThat(reported).hasSameSizeAs(written);
    Map<String, SlurmSwitch> byName = new HashMap<>();
    reported.forEach(s -> byName.put(s.name(), s));
    for (SlurmSwitch expected : written) {
      SlurmSwitch seen = byName.get(expected.name());
      assertThat(seen).as(expected.name()).isNotNull();
      assertThat(seen.level()).as(expected.name()).isEqualTo(expected.level());
      assertThat(seen.nodes()).as(expected.name()).isEqualTo(expected.nodes());
      assertThat(seen.switches()).as(expected.name()).containsExactlyInAnyOrderElementsOf(expected.switches());
      assertThat(seen.linkSpeed()).as(expected.name()).isEqualTo(expected.linkSpeed());
    }

    LiveCluster cluster = new ClusterReader(SLURM.client()).read(null, null);
    assertThat(TestFabrics.shape(cluster.fabric()))
        .isEqualTo(TestFabrics.shape(TestFabrics.leavesUnderSpine(4, 4, 8)));
    assertThat(cluster.nodes()).allSatisfy(n -> assertThat(n.gres()).containsExactly(new Gres("gpu", "h100", 8,
        List.of())));
    assertThat(cluster.state().freeCount()).isEqualTo(128);
    assertThat(SlurmConfFiles.topologyConf(cluster.fabric()))
        .as("writing the live fabric gives the file the cluster runs on")
        .isEqualTo(Files.readString(SLURM.dir().resolve("topology.conf")));
  }

  @Test
  void gangRunsOnThePlannedNodesWithOneLinePerRankOnItsPlannedGpu() throws Exception {
    LiveCluster cluster = new ClusterReader(SLURM.client()).read(null, null);
    GangPlan plan = GangPlanner.plan(cluster, JobRequests.parse("tp=8,dp=4,id=gang-block"), policy);
    assertThat(plan.order()).isEqualTo(RankOrder.BLOCK);
    assertThat(plan.nodes()).hasSize(4);

    SlurmJob done = runToCompletion(plan);

    assertThat(done.nodes()).as("NodeList").containsExactlyInAnyOrderElementsOf(plan.nodes());
    assertRanksRanAsPlanned(plan, done.id());
  }

  @Test
  void arbitraryRankOrderPutsEveryRankOnItsPlannedNodeAndGpu() throws Exception {
    LiveCluster cluster = new ClusterReader(SLURM.client()).read(null, null);
    int[] gpus = {7, 0, 6, 1, 5, 2, 4, 3};
    List<RankSlot> slots = new ArrayList<>();
    for (int rank = 0; rank < 16; rank++) {
      slots.add(new RankSlot(rank, rank % 2 == 0 ? "node016" : "node009", gpus[rank / 2]));
    }
    GangPlan plan = GangPlan.of("gang-arbitrary", "hand-made", slots, cluster.nodeOrder());
    assertThat(plan.order()).isEqualTo(RankOrder.ARBITRARY);

    SlurmJob done = runToCompletion(plan);

    assertThat(done.nodes()).containsExactlyInAnyOrder("node009", "node016");
    assertRanksRanAsPlanned(plan, done.id());
  }

  @Test
  void drainedNodesAreAvoided() throws Exception {
    List<String> drained = List.of("node001", "node002", "node003", "node005");
    SLURM.scontrol("update", "NodeName=" + Hostlist.compress(drained), "State=DRAIN", "Reason=podium-test");
    LiveCluster cluster = new ClusterReader(SLURM.client()).read(null, null);
    assertThat(cluster.state().healthyCount()).isEqualTo(128 - 32);

    GangPlan plan = GangPlanner.plan(cluster, JobRequests.parse("tp=8,dp=4,id=gang-drained"), policy);
    assertThat(plan.nodes()).doesNotContainAnyElementsOf(drained);

    SlurmJob done = runToCompletion(plan);
    assertThat(done.nodes()).containsExactlyInAnyOrderElementsOf(plan.nodes());
    assertRanksRanAsPlanned(plan, done.id());
  }

  @Test
  void planWhoseNodesAreBusyStaysPendingUntilTheyAreFree() throws Exception {
    LiveCluster idle = new ClusterReader(SLURM.client()).read(null, null);
    GangPlan plan = GangPlanner.plan(idle, JobRequests.parse("tp=8,dp=2,id=gang-stale"), policy);
    long blocker = SLURM.client().submit(List.of("--job-name=blocker", "-w", plan.hostlist(), "-N", "2",
        "--gres=gpu:8", "--output=/dev/null"), "#!/bin/bash\nsleep 600\n");
    awaitState(blocker, Set.of("RUNNING"));

    LiveCluster busy = new ClusterReader(SLURM.client()).read(null, null);
    assertThat(busy.state().freeCount()).isEqualTo(128 - 16);
    assertThat(GangPlanner.plan(busy, JobRequests.parse("tp=8,dp=2"), policy).nodes())
        .as("a fresh plan avoids the busy nodes").doesNotContainAnyElementsOf(plan.nodes());

    Submission stale = submit(plan);
    SlurmJob pending = awaitReason(stale.jobId(), Set.of("Resources", "Priority"));
    assertThat(pending.state()).isEqualTo("PENDING");
    Thread.sleep(3000);
    assertThat(SLURM.client().job(stale.jobId()).state()).as("still waiting for its nodes").isEqualTo("PENDING");

    SLURM.client().cancel(blocker);
    SlurmJob done = awaitState(stale.jobId(), Set.of("COMPLETED"));
    assertThat(done.nodes()).containsExactlyInAnyOrderElementsOf(plan.nodes());
    assertRanksRanAsPlanned(plan, done.id());
  }

  private Submission submit(GangPlan plan) {
    String output = SLURM.dir().resolve(plan.job() + "-%j.out").toString();
    return Submission.submit(SLURM.client(), plan, BatchRequest.of(plan, RANK_LINE, null, output, List.of()));
  }

  private SlurmJob runToCompletion(GangPlan plan) throws Exception {
    return awaitState(submit(plan).jobId(), Set.of("COMPLETED"));
  }

  /** Checks the job's output: one line per rank, each on the rank's planned node and GPU. */
  private static void assertRanksRanAsPlanned(GangPlan plan, long jobId) throws IOException {
    List<String> lines = Files.readAllLines(output(plan, jobId));
    assertThat(lines).as("one line per rank").hasSize(plan.size());
    Map<Integer, String> byRank = new HashMap<>();
    for (String line : lines) {
      String[] fields = line.split(" ");
      assertThat(fields).as(line).hasSize(3);
      byRank.put(Integer.parseInt(fields[1]), fields[0] + " " + fields[2]);
    }
    for (RankSlot slot : plan.ranks()) {
      assertThat(byRank.get(slot.rank())).as("rank %d: node and CUDA_VISIBLE_DEVICES", slot.rank())
          .isEqualTo(slot.node() + " " + slot.gpu());
    }
  }

  private static Path output(GangPlan plan, long jobId) {
    return SLURM.dir().resolve(plan.job() + "-" + jobId + ".out");
  }

  private static SlurmJob awaitState(long id, Set<String> wanted) throws InterruptedException {
    return await(id, job -> wanted.contains(job.state()), "state " + wanted);
  }

  private static SlurmJob awaitReason(long id, Set<String> reasons) throws InterruptedException {
    return await(id, job -> reasons.contains(job.reason()), "pending reason " + reasons);
  }

  private static SlurmJob await(long id, java.util.function.Predicate<SlurmJob> done, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + JOB_LIMIT_MILLIS;
    SlurmJob job = SLURM.client().job(id);
    while (!done.test(job)) {
      boolean ended = Set.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY")
          .contains(job.state());
      if (ended || System.currentTimeMillis() > deadline) {
        throw new AssertionError("job " + id + " is " + job.state() + " (" + job.reason() + "), expected " + what
            + (ended ? "" : " within " + JOB_LIMIT_MILLIS / 1000 + " s") + "\nslurmctld log:\n"
            + SLURM.controllerLog());
      }
      Thread.sleep(250);
      job = SLURM.client().job(id);
    }
    return job;
  }
}
