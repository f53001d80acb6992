package dev.podium.sim.run;

import static dev.podium.sim.run.Scenarios.fabric;
import static dev.podium.sim.run.Scenarios.llama70b;
import static dev.podium.sim.run.Scenarios.run;
import static dev.podium.sim.run.Scenarios.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelPresets;
import dev.podium.api.job.ModelSpec;
import dev.podium.api.job.Parallelism;
import dev.podium.api.job.Work;
import dev.podium.storage.cache.Dataset;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.topology.fabric.Fabric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Storage in the simulator: data-loading stalls on a shared warm tier, staging, cache hits, checkpoint bursts. */
class StorageSimulationTest {

  private static final Fabric SU2 = fabric("dgx-superpod-h100-2su");
  /** 2 TB in 100 shards of 20 GB: few shards keep these runs fast. */
  private static final Dataset WEB = new Dataset("web", 20_000_000_000L, 100);

  /** A Llama 3 8B job on one host (8 GPUs) reading {@code dataset} for {@code seconds} of work. */
  private static JobSpec reader(String id, String dataset, double seconds) {
    ModelSpec model = ModelPresets.find("llama3-8b").withGlobalBatch(256);
    return JobSpec.builder(id, Parallelism.dataParallel(8)).model(model).dataset(dataset)
        .work(Work.seconds(seconds)).build();
  }

  private static StorageConfig good(Fabric fabric) {
    return StorageConfig.preset("dgx-superpod-good", fabric).withDefaultDataset(WEB);
  }

  private static SimulationConfig config(List<JobSpec> jobs, StorageConfig storage) {
    return Scenarios.config(SU2, workload(jobs), "topology-aware", 1).withCheckpoints(Double.POSITIVE_INFINITY, 0)
        .withStorage(storage);
  }

  @Test
  void oneReaderAloneIsNotStalledButManyShareTheWarmTierAndStall() {
    // 2 TB over 1,000 s is 2 GB/s per job, under the 4 GB/s host link; the 2-SU "good" tier reads 30 GB/s
    SimulationResult alone = run(config(List.of(reader("a", "web", 1000)), good(SU2)));
    StorageFigures one = alone.jobs().get(0).storage();
    assertThat(one.dataStallSeconds()).isZero();
    assertThat(one.cacheHitRate()).isZero();
    assertThat(one.warmReadBytes()).isCloseTo(WEB.totalBytes(), within(1.0));
    assertThat(alone.jobs().get(0).endSeconds()).isCloseTo(1000, within(1e-6));

    // 30 such jobs want 60 GB/s of a 30 GB/s tier: each gets half, so each job runs at half speed
    List<JobSpec> many = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(reader("r" + i, "web-" + i, 1000));
    }
    SimulationResult crowded = run(config(many, good(SU2)));
    for (JobOutcome job : crowded.jobs()) {
      assertThat(job.endSeconds()).isCloseTo(2000, within(1e-3));
      assertThat(job.storage().dataStallSeconds()).isCloseTo(1000, within(1e-3));
    }
    assertThat(crowded.summary().storage().dataStallSeconds()).isCloseTo(30_000, within(1e-2));
  }

  @Test
  void stagingDelaysTheStartAndTurnsReadsIntoHits() {
    StorageConfig staged = good(SU2).withStaging(true);
    SimulationResult result = run(config(List.of(reader("a", "web", 1000)), staged));
    JobOutcome job = result.jobs().get(0);
    // 2 TB through one 4 GB/s host link: 500 s of staging before training starts
    assertThat(job.storage().stagingSeconds()).isCloseTo(500, within(0.01));
    assertThat(job.storage().cacheHitRate()).isEqualTo(1.0);
    assertThat(job.storage().hotWrittenBytes()).isCloseTo(WEB.totalBytes(), within(1.0));
    assertThat(job.storage().hotReadBytes()).isCloseTo(WEB.totalBytes(), within(1.0));
    assertThat(job.endSeconds()).isCloseTo(1500, within(0.01));
  }

  @Test
  void aSecondJobOnTheSameHostHitsTheCacheTheFirstFilled() {
    JobSpec first = reader("a", "web", 1000);
    JobSpec second = reader("b", "web", 1000).withSubmitSeconds(2000);
    SimulationResult result = run(config(List.of(first, second), good(SU2)));
    assertThat(result.jobs().get(0).storage().cacheHitRate()).isZero();
    // topology-aware puts the second job on the lowest free host again, which holds the shards
    assertThat(result.jobs().get(1).storage().cacheHitRate()).isEqualTo(1.0);
    assertThat(result.summary().storage().cacheHitRate()).isEqualTo(0.5);
    assertThat(result.summary().storage().cacheReads()).isEqualTo(200);
  }

  @Test
  void aCheckpointBurstOfJobsStartingTogetherSharesTheWarmTier() {
    List<JobSpec> jobs = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      jobs.add(llama70b("j" + i, 8, 1, 30, Work.seconds(6000)));
    }
    StorageConfig storage = good(SU2);
    SimulationConfig base = Scenarios.config(SU2, workload(jobs.subList(0, 1)), "topology-aware", 1)
        .withCheckpoints(600, 0).withStorage(storage);
    double alone = perCheckpoint(run(base).jobs().get(0));
    double together = perCheckpoint(run(new SimulationConfig(base.fabric(), workload(jobs), base.placementPolicy(),
        base.placementOptions(), base.queuePolicy(), base.queueOptions(), null, 600, 0, base.computeEfficiency(),
        base.dpOverlap(), 1, storage)).jobs().get(0));
    // Llama 3 70B (1.13 TB) from 30 hosts at 15 GB/s: 75 s alone, twice that when two write together
    assertThat(alone).isCloseTo(1.128e12 / 15e9, within(1.0));
    assertThat(together).isCloseTo(2 * alone, within(1.0));
  }

  private static double perCheckpoint(JobOutcome job) {
    double wall = job.endSeconds() - job.firstStartSeconds();
    double c = job.storage().checkpointSeconds();
    return c * 600 / (wall - c);
  }

  @Test
  void aReplacedHostLosesItsCachedShards() {
    StorageRun storage = new StorageRun(good(SU2), SU2, List.of(reader("a", "web", 1000)), Double.POSITIVE_INFINITY);
    int[] host0 = java.util.stream.IntStream.range(0, 8).toArray();
    storage.start(0, host0, false);
    assertThat(storage.locality().score("web", host0)).isEqualTo(1.0);
    storage.replaceHost(1);
    assertThat(storage.locality().score("web", host0)).isEqualTo(1.0);
    storage.replaceHost(0);
    assertThat(storage.locality().score("web", host0)).isZero();
  }

  @Test
  void runsWhoseCachesNeverEvictAreTheSameEveryTime() {
    // 4 datasets of 2 TB fit every host's 30.72 TB of NVMe: Caffeine never has to choose
    SimulationConfig config = Scenarios.config(SU2,
        dev.podium.sim.workload.Workloads.load("synthetic:jobs=400,maxGpus=64,meanInterarrival=60,datasets=4", 3),
        "topology-aware", 3).withCheckpoints(600, 0).withStorage(StorageConfig.preset("dgx-superpod-good", SU2));
    SimulationResult first = run(config);
    SimulationResult second = run(config);
    assertThat(first.summary().storage().cacheEvictions()).isZero();
    assertThat(first.summary().storage().cacheHits()).isPositive();
    assertThat(first.summary().storage().dataStallSeconds()).isPositive();
    assertThat(second.summary()).isEqualTo(first.summary());
    assertThat(second.jobs()).isEqualTo(first.jobs());
  }

  @Test
  void withoutStorageThereAreNoStorageFigures() {
    SimulationResult result = run(config(List.of(reader("a", "web", 1000)), null));
    assertThat(result.summary().storage()).isNull();
    assertThat(result.jobs().get(0).storage()).isNull();
  }

  @Test
  void aSpecWithAnotherHostCountIsRefused() {
    StorageConfig other = new StorageConfig("x", good(SU2).system().withHosts(5), List.of(), WEB,
        CheckpointMode.BLOCKING, false, 1);
    assertThatThrownBy(() -> config(List.of(), other)).hasMessageContaining("5 hosts")
        .hasMessageContaining(Integer.toString(SU2.hostCount()));
  }
}
