package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SyntheticWorkloadTest {

  @Test
  void theRscTableMatchesThePublishedSkew() {
    // hardware.md §2.2 (RSC-REL): >90% of jobs under one server (8 GPUs) use <10% of GPU time;
    // 256+ GPU jobs use 52% (RSC-2) to 66% (RSC-1) of GPU time; 4K-GPU jobs are <1% of jobs, ~12% of time.
    JobSizeDistribution rsc = JobSizeDistribution.rsc();
    assertThat(rsc.jobShare(1, 7)).isGreaterThan(0.90);
    assertThat(rsc.gpuTimeShare(1, 8)).isLessThan(0.10);
    assertThat(rsc.gpuTimeShare(256, Integer.MAX_VALUE)).isBetween(0.52, 0.66);
    assertThat(rsc.jobShare(4096, 4096)).isLessThan(0.01);
    assertThat(rsc.gpuTimeShare(4096, 4096)).isCloseTo(0.12, within(0.02));
    assertThat(rsc.classes().stream().mapToDouble(JobSizeDistribution.SizeClass::jobShare).sum())
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aGeneratedMixHasTheSkew() {
    WorkloadStats stats = Workloads.load("synthetic:jobs=100000", 11).stats();
    assertThat(stats.jobs()).isEqualTo(100_000);
    assertThat(stats.jobShare(1, 7)).isGreaterThan(0.90);
    assertThat(stats.gpuHoursShare(1, 8)).isLessThan(0.10);
    assertThat(stats.gpuHoursShare(256, Integer.MAX_VALUE)).isBetween(0.52, 0.66);
    assertThat(stats.jobShare(4096, 4096)).isLessThan(0.01);
  }

  @Test
  void poissonArrivalsHaveTheMeanGap() {
    Workload w = Workloads.load("synthetic:jobs=20000,meanInterarrival=300", 5);
    assertThat(w.stats().firstSubmitSeconds()).isZero();
    assertThat(w.stats().lastSubmitSeconds() / 19_999).isCloseTo(300, within(9.0));
    Workload even = Workloads.load("synthetic:jobs=11,arrival=constant,meanInterarrival=60", 5);
    assertThat(even.jobs()).extracting(JobSpec::submitSeconds)
        .containsExactly(0.0, 60.0, 120.0, 180.0, 240.0, 300.0, 360.0, 420.0, 480.0, 540.0, 600.0);
  }

  @Test
  void everyJobHasAModelTenantAndDuration() {
    Workload w = Workloads.load("synthetic:jobs=2000,tenants=3", 9);
    assertThat(w.jobs()).allSatisfy(job -> {
      assertThat(job.model()).isNotNull();
      assertThat(job.work().seconds()).isBetween(1.0, JobSizeDistribution.MAX_HOURS * 3600);
    });
    assertThat(w.jobs().stream().map(JobSpec::tenant).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("tenant-1", "tenant-2", "tenant-3");
  }

  @Test
  void stepsAreTheDurationAtTheEstimatedStepTime() {
    Workload seconds = Workloads.load("synthetic:jobs=300", 4);
    Workload steps = Workloads.load("synthetic:jobs=300,work=steps", 4);
    for (int i = 0; i < 300; i++) {
      JobSpec s = seconds.jobs().get(i);
      JobSpec n = steps.jobs().get(i);
      assertThat(n.id()).isEqualTo(s.id());
      assertThat(n.work().steps()).isEqualTo(
          SyntheticWorkload.stepsFor(s.work().seconds(), s.plan().flopsPerStep(), s.size()));
    }
    assertThat(steps.stats().jobsInSteps()).isEqualTo(300);
  }

  @Test
  void maxGpusDropsLargerSizes() {
    Workload w = Workloads.load("synthetic:jobs=50000,maxGpus=64", 2);
    assertThat(w.stats().sizeHistogram().lastKey()).isLessThanOrEqualTo(64);
  }

  @Property(tries = 20)
  void sameSeedSameWorkload(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int jobs) {
    String spec = "synthetic:jobs=" + jobs;
    assertThat(Workloads.load(spec, seed)).isEqualTo(Workloads.load(spec, seed));
  }

  @Test
  void theSpecSeedOverridesTheLoadSeed() {
    assertThat(Workloads.load("synthetic:jobs=50,seed=3", 1)).isEqualTo(Workloads.load("synthetic:jobs=50,seed=3", 2));
    assertThat(Workloads.load("synthetic:jobs=50", 1).jobs()).isNotEqualTo(Workloads.load("synthetic:jobs=50", 2).jobs());
  }

  @Test
  void everyKeyIsChecked() {
    List<String[]> cases = List.of(
        new String[] {"synthetic:jobs=10,colour=red", "unknown key 'colour'; known: jobs, arrival"},
        new String[] {"synthetic:jobs=ten", "jobs: 'ten' is not an integer"},
        new String[] {"synthetic:jobs=0", "jobs: must be in [1, 10000000], was 0"},
        new String[] {"synthetic:arrival=bursty", "arrival: 'bursty' is not one of poisson, constant"},
        new String[] {"synthetic:meanInterarrival=-3", "meanInterarrival: must be a finite number > 0, was -3"},
        new String[] {"synthetic:sizes=philly", "sizes: 'philly' is not one of rsc"},
        new String[] {"synthetic:work=tokens", "work: 'tokens' is not one of seconds, steps"},
        new String[] {"synthetic:tenants=0", "tenants: must be in [1, 1000000], was 0"},
        new String[] {"synthetic:jobs=5,jobs=6", "key 'jobs' given twice"},
        new String[] {"synthetic:jobs", "'jobs' is not key=value"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> Workloads.load(c[0], 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("synthetic workload '" + c[0] + "'").hasMessageContaining(c[1]);
    }
  }
}
