package dev.podium.storage.checkpoint;

import dev.podium.storage.share.Transfer;
import dev.podium.storage.share.TransferTimes;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.HostStorage;
import dev.podium.storage.tier.StorageSystem;
import dev.podium.storage.tier.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices checkpoints on a storage system. Every host of the job writes {@code total / hosts} bytes.
 * Blocking: all hosts write to the warm tier at once, each capped by its storage link, sharing the
 * tier's sustained rate with any other warm traffic, so the stall is {@code size / min(sum of
 * links, tier share)}. Async: each host writes its part to its own NVMe (the stall), then copies it
 * to the warm tier in the background, capped by its link and its NVMe read rate and competing with
 * the other warm traffic (the drain). Restore reads the parts back, from the warm tier or from NVMe
 * where a host still holds its staged copy. Pure.
 */
public final class CheckpointModel {

  private final StorageSystem storage;

  /** A model of checkpoints on {@code storage}. */
  public CheckpointModel(StorageSystem storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  /** The cost of one checkpoint of {@code plan} from {@code hosts} hosts with nothing else on the warm tier. */
  public CheckpointCost cost(CheckpointPlan plan, int hosts, CheckpointMode mode) {
    return cost(plan, hosts, mode, List.of());
  }

  /**
   * The cost of one checkpoint of {@code plan} from {@code hosts} hosts while {@code warmTraffic}
   * (other jobs' reads and writes, starting at the same time) shares the warm tier.
   */
  public CheckpointCost cost(CheckpointPlan plan, int hosts, CheckpointMode mode, List<Transfer> warmTraffic) {
    double perHost = bytesPerHost(plan, hosts);
    HostStorage host = storage.host();
    Tier warm = storage.warm();
    double restore = restoreSeconds(plan, hosts, 0, warmTraffic);
    return switch (mode) {
      case BLOCKING -> {
        Transfer write = new Transfer(Direction.WRITE, perHost, hosts, host.linkWriteBytesPerSecond());
        double stall = first(warm.sustainedOnly(), write, warmTraffic);
        double peakStall = first(warm, write, warmTraffic);
        yield new CheckpointCost(mode, plan.totalBytes(), hosts, perHost, stall, peakStall, 0, restore);
      }
      case ASYNC -> {
        Tier nvme = storage.nvme();
        if (perHost > nvme.capacityBytes()) {
          throw new IllegalArgumentException("checkpoint " + plan.name() + ": " + perHost + " bytes per host do not"
              + " fit the host NVMe (" + nvme.capacityBytes() + " bytes); write it blocking or over more hosts");
        }
        double stage = TransferTimes.of(nvme, new Transfer(Direction.WRITE, perHost, 1, Double.POSITIVE_INFINITY));
        double cap = Math.min(host.linkWriteBytesPerSecond(), nvme.readBytesPerSecond());
        double drain = first(warm.sustainedOnly(), new Transfer(Direction.WRITE, perHost, hosts, cap), warmTraffic);
        yield new CheckpointCost(mode, plan.totalBytes(), hosts, perHost, stage, stage, drain, restore);
      }
    };
  }

  /**
   * Seconds to read the checkpoint back on {@code hosts} hosts when {@code localCopies} of them
   * still hold their staged part on NVMe and the rest read theirs from the warm tier (sharing it
   * with {@code warmTraffic}); the slowest host decides.
   */
  public double restoreSeconds(CheckpointPlan plan, int hosts, int localCopies, List<Transfer> warmTraffic) {
    double perHost = bytesPerHost(plan, hosts);
    if (localCopies < 0 || localCopies > hosts) {
      throw new IllegalArgumentException("restore: localCopies must be in [0, " + hosts + "], was " + localCopies);
    }
    double local = localCopies == 0 ? 0
        : TransferTimes.of(storage.nvme(), new Transfer(Direction.READ, perHost, 1, Double.POSITIVE_INFINITY));
    double remote = localCopies == hosts ? 0
        : first(storage.warm().sustainedOnly(),
            new Transfer(Direction.READ, perHost, hosts - localCopies, storage.host().linkReadBytesPerSecond()),
            warmTraffic);
    return Math.max(local, remote);
  }

  private double bytesPerHost(CheckpointPlan plan, int hosts) {
    if (hosts < 1 || hosts > storage.hosts()) {
      throw new IllegalArgumentException("checkpoint " + plan.name() + ": hosts must be in [1, " + storage.hosts()
          + "] of storage " + storage.name() + ", was " + hosts);
    }
    if (hosts > plan.ranks()) {
      throw new IllegalArgumentException("checkpoint " + plan.name() + ": " + hosts + " hosts for " + plan.ranks()
          + " ranks");
    }
    return plan.totalBytes() / hosts;
  }

  private static double first(Tier tier, Transfer transfer, List<Transfer> others) {
    List<Transfer> all = new ArrayList<>(others.size() + 1);
    all.add(transfer);
    all.addAll(others);
    return TransferTimes.of(tier, all)[0];
  }
}
