package dev.podium.core.contract;

import dev.podium.api.job.JobSpec;
import dev.podium.core.state.BackgroundLoad;
import dev.podium.core.state.ClusterState;
import dev.podium.topology.fabric.Fabric;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One job to place on one reproducible cluster state: a kit fabric, filled with seeded background
 * jobs to an occupancy, then with some accelerators and whole hosts failed (held or free).
 *
 * @param fabric a {@link ContractFabrics} name
 * @param occupancy fraction of accelerators held by background jobs, in [0, 1)
 * @param loadSeed seed of the background jobs
 * @param failedAccelerators accelerators marked failed at random, at least 0
 * @param failedHosts hosts (level-1 domains) whose accelerators are all marked failed, at least 0
 * @param failSeed seed of which accelerators and hosts fail
 * @param job the job to place
 */
public record Scenario(String fabric, double occupancy, long loadSeed, int failedAccelerators, int failedHosts,
    long failSeed, JobSpec job) {

  /** Checks the ranges above. */
  public Scenario {
    Objects.requireNonNull(fabric, "fabric");
    Objects.requireNonNull(job, "job");
    if (!(occupancy >= 0 && occupancy < 1)) {
      throw new IllegalArgumentException("scenario: occupancy must be in [0, 1), was " + occupancy);
    }
    if (failedAccelerators < 0 || failedHosts < 0) {
      throw new IllegalArgumentException("scenario: failure counts must be >= 0");
    }
  }

  /** The same cluster with another job. */
  public Scenario withJob(JobSpec other) {
    return new Scenario(fabric, occupancy, loadSeed, failedAccelerators, failedHosts, failSeed, other);
  }

  /** A new cluster state for this scenario; every call builds an equal, independent one. */
  public ClusterState state() {
    Fabric built = ContractFabrics.get(fabric);
    ClusterState state = new ClusterState(built, built.accelerator().name());
    BackgroundLoad.fill(state, occupancy, loadSeed);
    SplittableRandom random = new SplittableRandom(failSeed);
    int n = built.acceleratorCount();
    for (int i = 0; i < failedAccelerators; i++) {
      state.fail(random.nextInt(n));
    }
    for (int i = 0; i < failedHosts; i++) {
      int host = random.nextInt(built.domainCount(1));
      int first = built.firstMember(1, host);
      for (int a = first; a < first + built.memberCount(1, host); a++) {
        state.fail(a);
      }
    }
    return state;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "job %s [%s%s, %d ranks] on %s at %.0f%% busy (load seed %d), %d accelerators"
            + " and %d hosts failed (seed %d)", job.id(), job.parallelism(),
        job.model() == null ? "" : ", " + job.model().name() + " batch " + job.model().globalBatchSequences(),
        job.size(), fabric, occupancy * 100, loadSeed, failedAccelerators, failedHosts, failSeed);
  }
}
