package dev.podium.sim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podium.api.job.JobSpec;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhillyReaderTest {

  private static Workload philly;

  @BeforeAll
  static void read() {
    philly = PhillyReader.read(TestFiles.data().resolve("traces/philly-2017.csv"), 42, ReadOptions.defaults());
  }

  @Test
  void readsEveryJobWithTheDocumentedSizes() {
    WorkloadStats stats = philly.stats();
    assertThat(stats.jobs()).isEqualTo(82_247);
    assertThat(stats.sizeHistogram()).isEqualTo(new TreeMap<>(Map.of(1, 76_627, 2, 1_818, 4, 1_870, 8, 1_643,
        12, 7, 16, 199, 24, 7, 32, 67, 64, 6, 128, 3)));
    assertThat(stats.gpuHours()).isCloseTo(978_078, within(1.0));
    assertThat(philly.skipped()).isEqualTo(SkippedRows.none());
  }

  @Test
  void arrivalsStartAtZeroAndSpanTheTrace() {
    WorkloadStats stats = philly.stats();
    assertThat(stats.firstSubmitSeconds()).isZero();
    assertThat(stats.lastSubmitSeconds() / 86_400).isCloseTo(108.9, within(0.1));
    assertThat(philly.jobs()).isSortedAccordingTo(Workload.ORDER);
  }

  @Test
  void theFirstRowKeepsItsDurationTenantAndArrival() throws Exception {
    long first = Files.readAllLines(TestFiles.data().resolve("traces/philly-2017.csv")).stream().skip(1)
        .filter(line -> !line.isBlank()).mapToLong(line -> PhillyReader.epochSeconds(line.substring(0, 19)))
        .min().orElseThrow();
    // line 2: 2017-10-09 07:01:55,66.0,1,66.0,11cb48
    JobSpec job = philly.jobs().stream().filter(j -> j.id().equals("philly-000002")).findFirst().orElseThrow();
    assertThat(job.work().seconds()).isEqualTo(66.0);
    assertThat(job.tenant()).isEqualTo("11cb48");
    assertThat(job.size()).isEqualTo(1);
    assertThat(job.submitSeconds()).isEqualTo(PhillyReader.epochSeconds("2017-10-09 07:01:55") - first);
  }

  @Test
  void tenantsAreTheFifteenVirtualClusters() {
    assertThat(philly.jobs().stream().map(JobSpec::tenant).collect(Collectors.toSet())).hasSize(15);
  }

  @Test
  void everyJobHasAModelThatFitsItsGpuCount() {
    assertThat(philly.jobs()).allSatisfy(job -> {
      assertThat(job.model()).isNotNull();
      assertThat(job.parallelism().size()).isEqualTo(job.size());
    });
  }

  @Test
  void withoutMappingJobsAreDataParallelWithNoCommunication() {
    Workload plain = PhillyReader.read(TestFiles.data().resolve("traces/philly-2017.csv"), 42,
        ReadOptions.defaults().withoutMapping());
    assertThat(plain.jobs()).allSatisfy(job -> {
      assertThat(job.model()).isNull();
      assertThat(job.parallelism().dp()).isEqualTo(job.size());
      assertThat(job.plan().traffic()).isEmpty();
    });
    assertThat(plain.stats()).isEqualTo(philly.stats());
  }

  @Test
  void sameSeedGivesAnEqualWorkloadAndAnotherSeedAnotherMapping() {
    Workload again = PhillyReader.read(TestFiles.data().resolve("traces/philly-2017.csv"), 42, ReadOptions.defaults());
    assertThat(again).isEqualTo(philly);
    Workload other = PhillyReader.read(TestFiles.data().resolve("traces/philly-2017.csv"), 43, ReadOptions.defaults());
    assertThat(other.jobs()).isNotEqualTo(philly.jobs());
    assertThat(other.stats()).isEqualTo(philly.stats());
  }

  @Test
  void timestampsAreUtc() {
    assertThat(PhillyReader.epochSeconds("1970-01-02 00:00:01")).isEqualTo(86_401);
    assertThat(PhillyReader.epochSeconds("2017-09-04 00:00:00")).isEqualTo(1_504_483_200L);
  }
}
