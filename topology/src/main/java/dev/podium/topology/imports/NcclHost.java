package dev.podium.topology.imports;

import java.util.List;

/**
 * One host as an NCCL topology dump ({@code NCCL_TOPO_DUMP_FILE}) describes it: CPUs (NUMA nodes),
 * GPUs with their NVLinks, the NVSwitches those NVLinks reach, and NICs with their network ports.
 *
 * @param source the file it was read from
 * @param cpus CPU sockets / NUMA nodes, in file order
 * @param gpus GPUs, in file order
 * @param nvSwitches bus ids of the distinct NVSwitches that GPU NVLinks reach, in order of first use
 * @param nics NICs (PCI class {@code 0x02....}, or {@code <nic>} elements), in file order
 */
public record NcclHost(String source, List<Cpu> cpus, List<Gpu> gpus, List<String> nvSwitches, List<Nic> nics) {

  /** Freezes the lists. */
  public NcclHost {
    cpus = List.copyOf(cpus);
    gpus = List.copyOf(gpus);
    nvSwitches = List.copyOf(nvSwitches);
    nics = List.copyOf(nics);
  }

  /** The GPUs' CUDA compute capability as NCCL writes it ({@code 80} for A100); all GPUs share it. */
  public int sm() {
    return gpus.get(0).sm();
  }

  /** The fewest NVLinks (to GPUs and NVSwitches) of any GPU: the bottleneck of the scale-up fabric. */
  public int nvlinksPerGpu() {
    return gpus.stream().mapToInt(Gpu::nvlinkCount).min().orElse(0);
  }

  /**
   * A CPU socket / NUMA node ({@code <cpu>}).
   *
   * @param numaId NUMA node id
   * @param arch architecture, e.g. {@code x86_64} (null when absent)
   * @param vendor vendor, e.g. {@code AuthenticAMD} (null when absent)
   * @param familyId CPU family (null when absent)
   * @param modelId CPU model (null when absent)
   * @param affinity CPU mask of the node (null when absent)
   */
  public record Cpu(int numaId, String arch, String vendor, Integer familyId, Integer modelId, String affinity) {}

  /**
   * A GPU ({@code <gpu>} inside its {@code <pci>} device).
   *
   * @param dev CUDA device index
   * @param rank NCCL rank
   * @param sm compute capability, e.g. 80
   * @param busId PCI bus id of its {@code <pci>} element
   * @param numaId NUMA node of the enclosing {@code <cpu>}
   * @param gdr whether GPUDirect RDMA is supported
   * @param pcieGtPerSecond PCIe transfer rate per lane in GT/s (0 when absent)
   * @param pcieLanes PCIe link width (0 when absent)
   * @param nvlinks its NVLink bundles
   */
  public record Gpu(int dev, int rank, int sm, String busId, int numaId, boolean gdr, double pcieGtPerSecond,
      int pcieLanes, List<NvLink> nvlinks) {

    /** Freezes the list. */
    public Gpu {
      nvlinks = List.copyOf(nvlinks);
    }

    /** NVLinks to GPUs and NVSwitches (the scale-up fabric; CPU NVLinks excluded). */
    public int nvlinkCount() {
      return nvlinks.stream().filter(l -> l.target() != Target.CPU).mapToInt(NvLink::count).sum();
    }
  }

  /**
   * A bundle of NVLinks from a GPU to one device ({@code <nvlink>}).
   *
   * @param targetBusId PCI bus id of the far end
   * @param count links in the bundle
   * @param target what the far end is, from its PCI class
   * @param targetClass the far end's PCI class as written ({@code tclass})
   */
  public record NvLink(String targetBusId, int count, Target target, String targetClass) {}

  /** What an NVLink reaches, classified by PCI class as NCCL does. */
  public enum Target {
    /** Class {@code 0x03....}: another GPU. */
    GPU,
    /** Class {@code 0x068001}: the CPU (NVLink-attached CPUs). */
    CPU,
    /** Any other class ({@code 0x068000} in dumps of NVSwitch systems): an NVSwitch. */
    NVSWITCH
  }

  /**
   * A NIC.
   *
   * @param busId PCI bus id (null for a {@code <nic>} directly under a {@code <cpu>})
   * @param numaId NUMA node of the enclosing {@code <cpu>}
   * @param pciClass PCI class ({@code 0x020700} InfiniBand, {@code 0x020000} Ethernet; null when absent)
   * @param ports its {@code <net>} ports; empty when the dump lists the PCI device only
   */
  public record Nic(String busId, int numaId, String pciClass, List<Port> ports) {

    /** Freezes the list. */
    public Nic {
      ports = List.copyOf(ports);
    }

    /** Summed port speed in Mb/s, or 0 when the dump gives none. */
    public long speedMbps() {
      return ports.stream().mapToLong(Port::speedMbps).sum();
    }
  }

  /**
   * A network port of a NIC ({@code <net>}).
   *
   * @param name device name, e.g. {@code mlx5_0} (null when absent)
   * @param dev NCCL network device index
   * @param speedMbps port speed in Mb/s as NCCL writes it (0 when absent or unknown)
   */
  public record Port(String name, int dev, long speedMbps) {}
}
