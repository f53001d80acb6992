package dev.podium.topology.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.TestPaths;
import dev.podium.topology.catalog.HardwareCatalog;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.LinkKind;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NcclXmlImporterTest {

  private static final Path DUMP = TestPaths.shared("data/topologies/nccl-topo-8xA100.xml");

  @TempDir Path dir;

  @Test
  void parsesTheEightA100Dump() {
    NcclHost host = NcclXmlImporter.parse(DUMP);

    assertThat(host.cpus()).extracting(NcclHost.Cpu::numaId).containsExactly(0, 1, 2, 3);
    assertThat(host.cpus().get(0).vendor()).isEqualTo("AuthenticAMD");
    assertThat(host.cpus().get(0).familyId()).isEqualTo(23);
    assertThat(host.gpus()).hasSize(8);
    assertThat(host.gpus()).extracting(NcclHost.Gpu::dev).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(host.sm()).isEqualTo(80);
    NcclHost.Gpu first = host.gpus().get(0);
    assertThat(first.busId()).isEqualTo("0001:00:00.0");
    assertThat(first.numaId()).isZero();
    assertThat(first.gdr()).isTrue();
    assertThat(first.pcieGtPerSecond()).isEqualTo(16.0);
    assertThat(first.pcieLanes()).isEqualTo(16);
    assertThat(first.nvlinks()).hasSize(6).allSatisfy(l -> {
      assertThat(l.count()).isEqualTo(2);
      assertThat(l.target()).isEqualTo(NcclHost.Target.NVSWITCH);
    });
    assertThat(host.gpus()).allSatisfy(g -> assertThat(g.nvlinkCount()).isEqualTo(12));
    assertThat(host.gpus().get(7).numaId()).isEqualTo(3);
    assertThat(host.nvSwitches()).containsExactly("0008:00:00.0", "0005:00:00.0", "0007:00:00.0", "000a:00:00.0",
        "0006:00:00.0", "0009:00:00.0");
    assertThat(host.nics()).hasSize(8).allSatisfy(n -> {
      assertThat(n.pciClass()).isEqualTo("0x020700");
      assertThat(n.ports()).isEmpty();
    });
    assertThat(host.nics()).extracting(NcclHost.Nic::numaId).containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
  }

  @Test
  void templateHasTwelveNvlink3LinksPerGpu() {
    HostTemplate template = NcclXmlImporter.template(NcclXmlImporter.parse(DUMP), NcclXmlImporter.Options.defaults());

    assertThat(template.acceleratorsPerHost()).isEqualTo(8);
    assertThat(template.scaleUp().name()).isEqualTo("nvlink3");
    // 12 links x 25 GB/s per direction = 300 GB/s, i.e. the A100's 600 GB/s bidirectional.
    assertThat(template.scaleUp().bytesPerSecond()).isCloseTo(300e9, within(1.0));
    assertThat(template.nics()).isEqualTo(8);
    assertThat(template.nicGbps()).isZero();
  }

  @Test
  void templateFeedsTheClosGenerator() {
    HostTemplate template = NcclXmlImporter.template(NcclXmlImporter.parse(DUMP), NcclXmlImporter.Options.defaults());

    Fabric fabric = ClosGenerator.build(template.closSpec("a100-pod", HardwareCatalog.H100, HardwareCatalog.IB_NDR,
        true, List.of(new ClosTier("su", "leaf", 4, 8, 1.0, HardwareCatalog.QM9700, HardwareCatalog.IB_NDR),
            new ClosTier("cluster", "spine", 2, 0, 1.0, HardwareCatalog.QM9700, null)), 0));

    assertThat(fabric.acceleratorCount()).isEqualTo(64);
    assertThat(fabric.levels().get(1).bandwidthBytesPerSecond()).isCloseTo(300e9, within(1.0));
  }

  @Test
  void nvlinkRatesByGenerationMatchTheCatalog() {
    assertThat(NvlinkGeneration.ofSm(90).orElseThrow().gbpsPerLink() * 18)
        .isEqualTo(HardwareCatalog.NVLINK4.gbpsPerDirection());
    assertThat(NvlinkGeneration.ofSm(100).orElseThrow().gbpsPerLink() * 18)
        .isEqualTo(HardwareCatalog.NVLINK5.gbpsPerDirection());
    assertThat(NvlinkGeneration.ofSm(80)).contains(NvlinkGeneration.NVLINK3);
    assertThat(NvlinkGeneration.ofSm(86)).isEmpty();
  }

  @Test
  void oneHostFabric() {
    Fabric fabric = NcclXmlImporter.read(DUMP);

    assertThat(fabric.name()).isEqualTo("nccl-topo-8xA100");
    assertThat(fabric.accelerator()).isEqualTo(HardwareCatalog.H100);
    assertThat(fabric.acceleratorCount()).isEqualTo(8);
    assertThat(fabric.hostCount()).isEqualTo(1);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "host", "network");
    assertThat(fabric.levels().get(1).bandwidthBytesPerSecond()).isCloseTo(300e9, within(1.0));
    // 8 InfiniBand NICs without speeds in the dump: ib-ndr each, one per GPU.
    assertThat(fabric.levels().get(2).bandwidthBytesPerSecond()).isCloseTo(50e9, within(1.0));
    long nics = java.util.stream.IntStream.range(0, fabric.linkCount())
        .filter(e -> fabric.linkKind(e) == LinkKind.NIC).count();
    assertThat(nics).isEqualTo(8);
  }

  @Test
  void dumpPortSpeedsSetTheNicShare() throws IOException {
    Path file = write("""
        <system version="1">
          <cpu numaid="0" arch="x86_64" vendor="GenuineIntel">
            <pci busid="0000:01:00.0" class="0x030200" link_speed="32.0 GT/s PCIe" link_width="16">
              <gpu dev="0" sm="90" rank="0" gdr="1">
                <nvlink target="0000:02:00.0" count="18" tclass="0x030200"/>
              </gpu>
            </pci>
            <pci busid="0000:02:00.0" class="0x030200" link_speed="32.0 GT/s PCIe" link_width="16">
              <gpu dev="1" sm="90" rank="1" gdr="1">
                <nvlink target="0000:01:00.0" count="18" tclass="0x030200"/>
              </gpu>
            </pci>
            <pci busid="0000:03:00.0" class="0x020000" link_speed="32.0 GT/s PCIe" link_width="16">
              <nic>
                <net name="eth0" dev="0" speed="200000" port="1" gdr="1"/>
              </nic>
            </pci>
          </cpu>
        </system>
        """);

    NcclHost host = NcclXmlImporter.parse(file);
    Fabric fabric = NcclXmlImporter.read(file);

    assertThat(host.gpus().get(0).nvlinks().get(0).target()).isEqualTo(NcclHost.Target.GPU);
    assertThat(host.nics().get(0).ports()).containsExactly(new NcclHost.Port("eth0", 0, 200_000));
    assertThat(fabric.levels().get(1).bandwidthBytesPerSecond()).isCloseTo(450e9, within(1.0));
    assertThat(fabric.levels().get(2).bandwidthBytesPerSecond()).isCloseTo(12.5e9, within(1.0));
  }

  @Test
  void unknownComputeCapabilityNeedsTheRateOption() throws IOException {
    Path file = write(DUMP_ONE_GPU.replace("sm=\"80\"", "sm=\"86\""));

    assertThatThrownBy(() -> NcclXmlImporter.read(file))
        .hasMessage(file + ": no NVLink rate is known for sm 86; pass the option nvlinkGbpsPerLink");
    Fabric fabric = NcclXmlImporter.read(file, new NcclXmlImporter.Options("x", HardwareCatalog.H100, null, 112.5,
        null));
    assertThat(fabric.levels().get(1).bandwidthBytesPerSecond()).isCloseTo(4 * 112.5e9 / 8, within(1.0));
  }

  @Test
  void rejectsADtdSoNoExternalEntityIsRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret");
    Path file = write("<?xml version=\"1.0\"?>\n<!DOCTYPE system [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<system version=\"1\">&x;</system>\n");

    assertThatThrownBy(() -> NcclXmlImporter.parse(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(file + ":")
        .hasMessageNotContaining("s3cret")
        .hasMessageContaining("DTD");
  }

  @Test
  void badElementsNameFileLineElementAndReason() throws IOException {
    Path noSm = write(DUMP_ONE_GPU.replace(" sm=\"80\"", ""));
    assertThatThrownBy(() -> NcclXmlImporter.parse(noSm)).hasMessage(noSm + ":4: <gpu> sm: missing attribute");

    Path badCount = write(DUMP_ONE_GPU.replace("count=\"4\"", "count=\"four\""));
    assertThatThrownBy(() -> NcclXmlImporter.parse(badCount))
        .hasMessage(badCount + ":5: <nvlink> count: not a whole number: 'four'");

    Path wrongRoot = write("<topology/>\n");
    assertThatThrownBy(() -> NcclXmlImporter.parse(wrongRoot))
        .hasMessage(wrongRoot + ":1: expected <system> as the root element, found <topology>");

    Path noGpu = write("<system version=\"1\"><cpu numaid=\"0\"/></system>\n");
    assertThatThrownBy(() -> NcclXmlImporter.parse(noGpu))
        .hasMessage(noGpu + ": no <gpu> element: not the dump of a GPU host");

    Path broken = write("<system version=\"1\"><cpu numaid=\"0\">\n</system>\n");
    assertThatThrownBy(() -> NcclXmlImporter.parse(broken)).hasMessageStartingWith(broken + ":2: malformed XML");
  }

  private static final String DUMP_ONE_GPU = """
      <system version="1">
        <cpu numaid="0" arch="x86_64">
          <pci busid="0000:01:00.0" class="0x030200" link_speed="16 GT/s" link_width="16">
            <gpu dev="0" sm="80" rank="0" gdr="1">
              <nvlink target="0000:09:00.0" count="4" tclass="0x068000"/>
            </gpu>
          </pci>
          <pci busid="0000:02:00.0" class="0x020700" link_speed="16 GT/s" link_width="16"/>
        </cpu>
      </system>
      """;

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "topo", ".xml"), text);
  }
}
