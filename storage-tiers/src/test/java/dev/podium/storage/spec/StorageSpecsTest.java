package dev.podium.storage.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.storage.cache.Dataset;
import dev.podium.storage.tier.TierKind;
import dev.podium.topology.spec.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSpecsTest {

  private static final String CUSTOM = """
      name: lab
      hosts: 64
      host:
        nvme: gen4-nvme-3.84tb
        drives: 4
        linkReadBytesPerSecond: 25 GB/s
        linkWriteBytesPerSecond: 12.5 GB/s
      tiers:
        - name: flash
          kind: warm
          capacityBytes: 2 PB
          readBytesPerSecond: 400 GB/s
          writeBytesPerSecond: 200 GB/s
          peakBytesPerSecond: 1 TB/s
          burstSeconds: 2
          latencySeconds: 500 us
        - kind: cold
          capacityBytes: 50 PB
          readBytesPerSecond: 20 GB/s
          writeBytesPerSecond: 10 GB/s
      datasets:
        - name: web
          shardBytes: 512 MB
          shards: 200000
      """;

  private static SpecException error(String text, String source) {
    try {
      StorageSpecs.read(text, source);
    } catch (SpecException e) {
      return e;
    }
    throw new AssertionError("expected a SpecException for\n" + text);
  }

  @Test
  void readsACustomSystemWithUnits() {
    StorageSpec spec = StorageSpecs.read(CUSTOM, "lab.yaml");
    assertThat(spec.system().name()).isEqualTo("lab");
    assertThat(spec.system().hosts()).isEqualTo(64);
    assertThat(spec.system().nvme().capacityBytes()).isEqualTo(4 * 3_840_000_000_000L);
    assertThat(spec.system().host().linkWriteBytesPerSecond()).isEqualTo(12.5e9);
    assertThat(spec.system().warm().capacityBytes()).isEqualTo(2_000_000_000_000_000L);
    assertThat(spec.system().warm().burst().peakBytesPerSecond()).isEqualTo(1e12);
    assertThat(spec.system().warm().latencySeconds()).isEqualTo(500e-6);
    assertThat(spec.system().cold().name()).isEqualTo("cold");
    assertThat(spec.system().cold().latencySeconds()).isEqualTo(10e-3);
    assertThat(spec.datasets()).containsExactly(new Dataset("web", 512_000_000L, 200_000));
  }

  @Test
  void aPresetCanHaveItsColdTierReplaced(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("meta.yaml");
    Files.writeString(file, """
        preset: meta-tectonic
        hosts: 3072
        tiers:
          - kind: cold
            capacityBytes: 1 EB
            readBytesPerSecond: 100 GB/s
            writeBytesPerSecond: 100 GB/s
            source: site survey
        """);
    StorageSpec spec = StorageSpecs.read(file);
    assertThat(spec.system().name()).isEqualTo("meta-tectonic");
    assertThat(spec.system().warm().writeBytesPerSecond()).isEqualTo(2e12);
    assertThat(spec.system().tier(TierKind.COLD).capacityBytes()).isEqualTo(1_000_000_000_000_000_000L);
    assertThat(spec.system().cold().source()).isEqualTo("site survey");
  }

  @Test
  void readsJson() {
    StorageSpec spec = StorageSpecs.read("""
        {"preset": "dgx-superpod-best", "hosts": 127,
         "host": {"linkReadBytesPerSecond": 5e10},
         "datasets": [{"name": "img", "shardBytes": 4000000000, "shards": 10}]}
        """, "pod.json");
    assertThat(spec.system().host().linkReadBytesPerSecond()).isEqualTo(50e9);
    assertThat(spec.system().host().linkWriteBytesPerSecond()).isEqualTo(20e9);
    assertThat(spec.datasets().get(0).shardBytes()).isEqualTo(4_000_000_000L);
  }

  @Test
  void negativeBandwidthNamesFileLineFieldAndReason() {
    SpecException e = error(CUSTOM.replace("writeBytesPerSecond: 200 GB/s", "writeBytesPerSecond: -200 GB/s"),
        "lab.yaml");
    assertThat(e.getMessage()).isEqualTo("lab.yaml:13: tiers[0].writeBytesPerSecond: must be > 0, was -200 GB/s");
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.path()).isEqualTo("tiers[0].writeBytesPerSecond");
  }

  @Test
  void aTierSmallerThanOneShardIsRejected() {
    SpecException e = error(CUSTOM.replace("capacityBytes: 2 PB", "capacityBytes: 100 MB"), "lab.yaml");
    assertThat(e.getMessage()).isEqualTo("lab.yaml:11: tiers[0].capacityBytes: tier 'flash' (warm) holds 100 MB,"
        + " less than one shard of dataset 'web' (512 MB)");
  }

  @Test
  void aHostNvmeSmallerThanOneShardIsReportedAtTheDataset() {
    SpecException e = error("""
        preset: dgx-superpod-good
        hosts: 31
        datasets:
          - name: huge
            shardBytes: 40 TB
            shards: 3
        """, "pod.yaml");
    assertThat(e.getMessage()).isEqualTo("pod.yaml:5: datasets[0].shardBytes: tier '8 x gen4-nvme-3.84tb' (hot)"
        + " holds 30.72 TB, less than one shard of dataset 'huge' (40 TB)");
  }

  @Test
  void unknownTierKindAndPresetListTheKnownOnes() {
    assertThat(error(CUSTOM.replace("kind: warm", "kind: lukewarm"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:10: tiers[0].kind: unknown tier kind 'lukewarm'; known: hot, warm, cold");
    assertThat(error("preset: tectonic\nhosts: 4\n", "s.yaml").getMessage())
        .isEqualTo("s.yaml:1: preset: unknown storage preset 'tectonic'; known: meta-tectonic, dgx-superpod-good,"
            + " dgx-superpod-better, dgx-superpod-best");
    assertThat(error(CUSTOM.replace("gen4-nvme-3.84tb", "gen9"), "lab.yaml").getMessage())
        .startsWith("lab.yaml:4: host.nvme: unknown NVMe drive 'gen9'; known: gen4-nvme-3.84tb");
  }

  @Test
  void structuralMistakesAreNamed() {
    assertThat(error(CUSTOM.replace("drives: 4", "drivers: 4"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:5: host.drivers: unknown field; known fields: drives, linkReadBytesPerSecond,"
            + " linkWriteBytesPerSecond, nvme");
    assertThat(error(CUSTOM.replace("hosts: 64", "hosts: many"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:2: hosts: expected a whole number");
    assertThat(error(CUSTOM.replace("kind: cold", "kind: warm"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:17: tiers[1].kind: a second warm tier (the first is tiers[0]); give one tier per kind");
    assertThat(error("hosts: 4\n", "s.yaml").getMessage())
        .isEqualTo("s.yaml:1: host: required without a preset: host.nvme and host.drives, or a tier of kind hot");
    assertThat(error("", "s.yaml").getMessage())
        .isEqualTo("s.yaml: empty spec: expected a mapping with 'hosts' and a 'preset' or the tiers");
    assertThat(error("- 1\n", "s.yaml").getMessage())
        .isEqualTo("s.yaml:1: expected a mapping with 'hosts' and a 'preset' or the tiers");
  }

  @Test
  void unitsAreCheckedAndBitsRefused() {
    assertThat(error(CUSTOM.replace("400 GB/s", "400 Gb/s"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:12: tiers[0].readBytesPerSecond: bits are not accepted, give bytes (1 GB/s = 8 Gb/s);"
            + " was '400 Gb/s'");
    assertThat(error(CUSTOM.replace("400 GB/s", "400 GB"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:12: tiers[0].readBytesPerSecond: a rate needs a unit ending in /s, e.g. '2 TB/s';"
            + " was '400 GB'");
    assertThat(error(CUSTOM.replace("2 PB", "2 parsecs"), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:11: tiers[0].capacityBytes: unknown unit 'parsecs' in '2 parsecs'; known: B, kB, KB, MB,"
            + " GB, TB, PB, EB, KiB, MiB, GiB, TiB, PiB, EiB");
  }

  @Test
  void peakNeedsABurstDuration() {
    assertThat(error(CUSTOM.replace("    burstSeconds: 2\n", ""), "lab.yaml").getMessage())
        .isEqualTo("lab.yaml:9: tiers[0].burstSeconds: peakBytesPerSecond and burstSeconds go together: both > 0"
            + " or both absent");
  }
}
