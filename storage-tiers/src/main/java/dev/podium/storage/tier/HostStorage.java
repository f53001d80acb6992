package dev.podium.storage.tier;

import dev.podium.topology.catalog.NvmeModel;
import dev.podium.topology.generate.FieldException;
import java.util.Objects;

/**
 * What every host has: its NVMe drives (one hot tier per host) and its link to the storage fabric,
 * which caps what the host reads from or writes to the shared tiers.
 *
 * @param nvme the host's NVMe tier (kind {@link TierKind#HOT}): all its drives together
 * @param linkReadBytesPerSecond the host's storage-fabric read ceiling, > 0 ({@code +Infinity}: none)
 * @param linkWriteBytesPerSecond the host's storage-fabric write ceiling, > 0 ({@code +Infinity}: none)
 * @param linkSource where the link ceilings come from
 */
public record HostStorage(Tier nvme, double linkReadBytesPerSecond, double linkWriteBytesPerSecond,
    String linkSource) {

  /**
   * Time to the first byte of a local NVMe transfer. Unconfirmed: typical NVMe read latency class;
   * the catalog's drives carry no latency figure.
   */
  public static final double NVME_LATENCY_SECONDS = 100e-6;

  /** Checks the tier kind and the link ceilings. */
  public HostStorage {
    Objects.requireNonNull(nvme, "nvme");
    if (nvme.kind() != TierKind.HOT) {
      throw new FieldException("nvme", "the host tier must be of kind hot, was " + nvme.kind().key());
    }
    link("linkReadBytesPerSecond", linkReadBytesPerSecond);
    link("linkWriteBytesPerSecond", linkWriteBytesPerSecond);
    linkSource = Objects.requireNonNullElse(linkSource, "");
  }

  /** A host with {@code drives} catalog drives striped together, behind the given link ceilings. */
  public static HostStorage of(NvmeModel drive, int drives, double linkReadBytesPerSecond,
      double linkWriteBytesPerSecond, String linkSource) {
    return new HostStorage(nvmeTier(drive, drives), linkReadBytesPerSecond, linkWriteBytesPerSecond, linkSource);
  }

  /** The hot tier of {@code drives} catalog drives: capacities and rates add up. */
  public static Tier nvmeTier(NvmeModel drive, int drives) {
    Objects.requireNonNull(drive, "drive");
    if (drives < 1) {
      throw new FieldException("drives", "must be >= 1, was " + drives);
    }
    long capacity;
    try {
      capacity = Math.multiplyExact(drive.capacityBytes(), (long) drives);
    } catch (ArithmeticException e) {
      throw new FieldException("drives", drives + " x " + drive.name() + " overflows the capacity");
    }
    return new Tier(drives + " x " + drive.name(), TierKind.HOT, capacity, drive.readBytesPerSecond() * drives,
        drive.writeBytesPerSecond() * drives, Burst.NONE, NVME_LATENCY_SECONDS,
        drive.source() + "; " + drives + " drives per host striped; latency unconfirmed (typical NVMe class)");
  }

  /** The host's storage-fabric ceiling in {@code direction}. */
  public double linkBytesPerSecond(Direction direction) {
    return direction == Direction.READ ? linkReadBytesPerSecond : linkWriteBytesPerSecond;
  }

  private static void link(String field, double value) {
    if (!(value > 0)) {
      throw new FieldException(field, "must be > 0 (+Infinity for no ceiling), was " + value);
    }
  }
}
