package dev.podium.topology.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The NVLink generation of a GPU by its compute capability, with the line rate of one link per
 * direction. Only the data-center parts are mapped (sm 70, 80, 90, 100); other capabilities (e.g. sm
 * 86, whose links run at 14 GB/s) need the rate as an importer option.
 */
public enum NvlinkGeneration {
  /** V100. */
  NVLINK2(70, 200, "NVLink 2: 25 GB/s per direction per link, 6 links on V100 (public NVLink summaries [S]);"
      + " not in hardware.md"),
  /** A100. */
  NVLINK3(80, 200, "NVLink 3: A100 has 12 links, 600 GB/s in total (nvidia.com/data-center/nvlink [P]), so 25 GB/s"
      + " per direction per link; not in hardware.md, and consistent with its 230-250 GB/s 8xA100 busbw [S] §5"),
  /** H100, H200. */
  NVLINK4(90, 200, "[D] hardware.md §3.1: 900 GB/s bidirectional over 18 links = 25 GB/s per direction per link"),
  /** B200, GB200. */
  NVLINK5(100, 400, "[D] hardware.md §3.1: 1.8 TB/s bidirectional per GPU; over 18 links (link count"
      + " unconfirmed) = 50 GB/s per direction per link");

  private final int sm;
  private final double gbpsPerLink;
  private final String source;

  NvlinkGeneration(int sm, double gbpsPerLink, String source) {
    this.sm = sm;
    this.gbpsPerLink = gbpsPerLink;
    this.source = source;
  }

  /** The compute capability as NCCL writes it ({@code sm="80"}). */
  public int sm() {
    return sm;
  }

  /** Line rate of one link per direction in Gb/s. */
  public double gbpsPerLink() {
    return gbpsPerLink;
  }

  /** Where the rate comes from. */
  public String source() {
    return source;
  }

  /** Lower-case key, e.g. {@code nvlink3}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The generation of GPUs with compute capability {@code sm}, if mapped. */
  public static Optional<NvlinkGeneration> ofSm(int sm) {
    return Arrays.stream(values()).filter(g -> g.sm == sm).findFirst();
  }
}
