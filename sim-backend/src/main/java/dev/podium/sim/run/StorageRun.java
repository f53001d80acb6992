package dev.podium.sim.run;

import dev.podium.api.job.JobSpec;
import dev.podium.storage.cache.Dataset;
import dev.podium.storage.cache.ShardCacheStats;
import dev.podium.storage.cache.ShardCaches;
import dev.podium.storage.checkpoint.CheckpointCost;
import dev.podium.storage.checkpoint.CheckpointMode;
import dev.podium.storage.checkpoint.CheckpointModel;
import dev.podium.storage.checkpoint.CheckpointPlan;
import dev.podium.storage.dataload.DataLoadModel;
import dev.podium.storage.locality.CacheLocality;
import dev.podium.storage.share.Demand;
import dev.podium.storage.share.FairShare;
import dev.podium.storage.share.Transfer;
import dev.podium.storage.tier.Burst;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.StorageSystem;
import dev.podium.storage.tier.Tier;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage side of one run, driven by {@link Simulation} at job starts, rate updates, settles and
 * host replacements (rules in {@code docs/SIMULATOR.md}, "Storage"). Per-job state lives in arrays
 * indexed by the job's dense index. Not thread-safe; one run owns it.
 */
final class StorageRun {

  /** A floor on the writers' share so that rounding never leaves a tier of rate 0. */
  private static final double MIN_FREE_SHARE = 1e-6;

  private final StorageConfig config;
  private final Fabric fabric;
  private final StorageSystem system;
  private final ShardCaches caches;
  private final CacheLocality locality;
  private final DataLoadModel loads;
  private final double interval;
  private final long[] hostEpoch;

  private final Dataset[] dataset;
  private final double[] bytesPerWork;
  private final CheckpointPlan[] plan;
  private final int[][] hosts;
  private final int[][] lastHosts;
  private final long[][] lastEpochs;
  private final double[] hitRate;
  private final double[] dataFactor;
  private final boolean[] costPending;
  private final long[] checkpointsTaken;

  private final double[] stall;
  private final double[] checkpointTime;
  private final double[] staging;
  private final double[] restore;
  private final long[] hits;
  private final long[] reads;
  private final long[] evictions;
  private final double[] hotRead;
  private final double[] hotWritten;
  private final double[] warmRead;
  private final double[] warmWritten;

  StorageRun(StorageConfig config, Fabric fabric, List<JobSpec> jobs, double checkpointSeconds) {
    this.config = config;
    this.fabric = fabric;
    this.system = config.system();
    this.caches = new ShardCaches(system);
    this.loads = new DataLoadModel(system);
    this.interval = checkpointSeconds;
    this.hostEpoch = new long[fabric.hostCount()];
    int n = jobs.size();
    Map<String, Dataset> known = new LinkedHashMap<>();
    config.datasets().forEach(d -> known.put(d.name(), d));
    this.dataset = new Dataset[n];
    this.bytesPerWork = new double[n];
    this.plan = new CheckpointPlan[n];
    for (int i = 0; i < n; i++) {
      JobSpec job = jobs.get(i);
      if (job.dataset() != null) {
        Dataset shape = config.defaultDataset();
        dataset[i] = known.computeIfAbsent(job.dataset(), name -> new Dataset(name, shape.shardBytes(),
            shape.shards()));
        double work = job.work().isSteps() ? job.work().steps() : job.work().seconds();
        bytesPerWork[i] = work > 0 ? config.epochs() * dataset[i].totalBytes() / work : 0;
      }
      if (job.model() != null) {
        plan[i] = CheckpointPlan.of(job);
      }
    }
    this.locality = new CacheLocality(caches, fabric, known.values());
    this.hosts = new int[n][];
    this.lastHosts = new int[n][];
    this.lastEpochs = new long[n][];
    this.hitRate = new double[n];
    this.dataFactor = new double[n];
    this.costPending = new boolean[n];
    this.checkpointsTaken = new long[n];
    this.stall = new double[n];
    this.checkpointTime = new double[n];
    this.staging = new double[n];
    this.restore = new double[n];
    this.hits = new long[n];
    this.reads = new long[n];
    this.evictions = new long[n];
    this.hotRead = new double[n];
    this.hotWritten = new double[n];
    this.warmRead = new double[n];
    this.warmWritten = new double[n];
  }

  /** The locality hint the scheduler's cluster state answers policies with. */
  CacheLocality locality() {
    return locality;
  }

  /**
   * A run segment of job {@code i} begins on {@code placement}: stages its dataset when configured,
   * reads its epoch through the hosts' caches (the hit rate of the segment), reads its checkpoint
   * back on a restart. Returns the seconds before training progresses (staging plus restore).
   */
  double start(int i, int[] placement, boolean restart) {
    int[] on = CacheLocality.hostsOf(fabric, placement);
    hosts[i] = on;
    dataFactor[i] = 1;
    costPending[i] = true;
    double delay = 0;
    Dataset d = dataset[i];
    if (d != null) {
      long evictedBefore = evicted(on);
      if (config.stageDatasets()) {
        double missing = (double) (d.shards() - caches.cachedShards(d.name(), on).cardinality()) * d.shardBytes();
        double seconds = missing > 0 ? loads.time(on.length, missing / on.length, 0).seconds() : 0;
        caches.stage(d, on);
        staging[i] += seconds;
        warmRead[i] += missing;
        hotWritten[i] += missing;
        delay += seconds;
      }
      hitRate[i] = epochHitRate(i, d, on);
      evictions[i] += evicted(on) - evictedBefore;
    }
    if (restart && plan[i] != null && checkpointsTaken[i] > 0) {
      int local = config.checkpointMode() == CheckpointMode.ASYNC ? localCopies(i, on) : 0;
      double seconds = new CheckpointModel(system).restoreSeconds(plan[i], on.length, local, List.of());
      double perHost = plan[i].totalBytes() / on.length;
      restore[i] += seconds;
      hotRead[i] += perHost * local;
      warmRead[i] += perHost * (on.length - local);
      delay += seconds;
    }
    return delay;
  }

  /**
   * The fraction of the segment's reads served from NVMe: the first epoch read through the caches
   * (shard by shard, Caffeine deciding what stays), and when the job makes more than one pass, a
   * second epoch for the passes after the first.
   */
  private double epochHitRate(int i, Dataset d, int[] on) {
    double first = caches.readEpoch(d, on);
    hits[i] += Math.round(first * d.shards());
    reads[i] += d.shards();
    if (config.epochs() <= 1) {
      return first;
    }
    double later = caches.readEpoch(d, on);
    hits[i] += Math.round(later * d.shards());
    reads[i] += d.shards();
    return (first + (config.epochs() - 1) * later) / config.epochs();
  }

  /** Evictions so far on the caches of {@code on}. */
  private long evicted(int[] on) {
    long total = 0;
    for (int h : on) {
      total += caches.host(h).stats().evictions();
    }
    return total;
  }

  /** Hosts of {@code on} that held the job's part in its last segment and were not replaced since. */
  private int localCopies(int i, int[] on) {
    int[] before = lastHosts[i];
    if (before == null) {
      return 0;
    }
    int local = 0;
    for (int k = 0; k < before.length; k++) {
      if (hostEpoch[before[k]] == lastEpochs[i][k] && contains(on, before[k])) {
        local++;
      }
    }
    return Math.min(local, on.length);
  }

  private static boolean contains(int[] sorted, int value) {
    return Arrays.binarySearch(sorted, value) >= 0;
  }

  /** Job {@code i}'s segment ends (completion, failure or preemption); its hosts are remembered for restore. */
  void stop(int i) {
    int[] on = hosts[i];
    if (on == null) {
      return;
    }
    lastHosts[i] = on;
    long[] epochs = new long[on.length];
    for (int k = 0; k < on.length; k++) {
      epochs[k] = hostEpoch[on[k]];
    }
    lastEpochs[i] = epochs;
    hosts[i] = null;
  }

  /** Host {@code host} was replaced: its NVMe, shard cache and checkpoint parts are gone. */
  void replaceHost(int host) {
    caches.host(host).clear();
    hostEpoch[host]++;
  }

  /**
   * Prices the checkpoints of the jobs whose segment began since the last update, and shares the
   * warm tier among the data reads of all {@code active} jobs (not stalled) at their {@code base}
   * rates (work units per second before checkpoints and data). Jobs whose segments begin at the
   * same instant checkpoint together: their writes contend on the warm tier (TransferTimes), in the
   * time the running jobs' reads leave free. Updates each job's checkpoint write time and factor.
   */
  void update(List<Simulation.JobRun> active) {
    priceNewCheckpoints(active);
    // after pricing: the new jobs' checkpoint factors change what they read per second
    List<Simulation.JobRun> reading = new ArrayList<>(active.size());
    List<Demand> readers = readers(active, reading);
    double[] rates = readers.isEmpty() ? new double[0]
        : FairShare.rates(system.warm().readBytesPerSecond(), system.warm().writeBytesPerSecond(), readers);
    for (Simulation.JobRun job : active) {
      dataFactor[job.index] = nvmeFactor(job);
    }
    for (int r = 0; r < reading.size(); r++) {
      Simulation.JobRun job = reading.get(r);
      double need = warmNeed(job);
      dataFactor[job.index] = Math.min(dataFactor[job.index], Math.min(1, rates[r] / need));
    }
  }

  /** The warm-tier read demand of every job of {@code active} that reads from it, its job added to {@code reading}. */
  private List<Demand> readers(List<Simulation.JobRun> active, List<Simulation.JobRun> reading) {
    List<Demand> readers = new ArrayList<>(active.size());
    for (Simulation.JobRun job : active) {
      double need = warmNeed(job);
      if (need > 0) {
        readers.add(new Demand(Direction.READ, hosts[job.index].length,
            Math.min(need, system.host().linkReadBytesPerSecond())));
        reading.add(job);
      }
    }
    return readers;
  }

  /** Bytes per second per host job {@code job} needs from the warm tier at full speed. */
  private double warmNeed(Simulation.JobRun job) {
    int i = job.index;
    if (dataset[i] == null || hosts[i] == null) {
      return 0;
    }
    return (1 - hitRate[i]) * job.base * job.checkpointFactor * bytesPerWork[i] / hosts[i].length;
  }

  /** The speed the job's NVMe reads allow, at most 1. */
  private double nvmeFactor(Simulation.JobRun job) {
    int i = job.index;
    if (dataset[i] == null || hosts[i] == null) {
      return 1;
    }
    double need = hitRate[i] * job.base * job.checkpointFactor * bytesPerWork[i] / hosts[i].length;
    return need > 0 ? Math.min(1, system.nvme().readBytesPerSecond() / need) : 1;
  }

  /**
   * Prices the checkpoints of the jobs of {@code active} whose segment began since the last update,
   * against the data reads of {@code active} at the checkpoint factors they had before.
   */
  private void priceNewCheckpoints(List<Simulation.JobRun> active) {
    if (Double.isInfinite(interval)) {
      for (Simulation.JobRun job : active) {
        costPending[job.index] = false;
      }
      return;
    }
    Map<Double, List<Simulation.JobRun>> groups = new LinkedHashMap<>();
    for (Simulation.JobRun job : active) {
      if (costPending[job.index]) {
        costPending[job.index] = false;
        if (plan[job.index] != null) {
          groups.computeIfAbsent(job.progressFrom, t -> new ArrayList<>()).add(job);
        }
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    List<Demand> readers = readers(active, new ArrayList<>(active.size()));
    for (List<Simulation.JobRun> group : groups.values()) {
      CheckpointModel model = new CheckpointModel(system.withShared(freeWarm(group, readers)));
      for (Simulation.JobRun job : group) {
        List<Transfer> others = new ArrayList<>(group.size() - 1);
        for (Simulation.JobRun other : group) {
          if (other != job) {
            others.add(firstTransfer(other));
          }
        }
        CheckpointCost cost = model.cost(plan[job.index], hosts[job.index].length, mode(job), others);
        job.checkpointWrite = cost.blockedSeconds(interval);
        job.checkpointFactor = interval / (interval + job.checkpointWrite);
      }
    }
  }

  /** The warm tier with the time the data readers use taken out (max-min fair with the group's writers). */
  private Tier freeWarm(List<Simulation.JobRun> group, List<Demand> readers) {
    Tier warm = system.warm();
    if (readers.isEmpty()) {
      return warm;
    }
    int writers = 0;
    for (Simulation.JobRun job : group) {
      writers += hosts[job.index].length;
    }
    List<Demand> all = new ArrayList<>(readers);
    all.add(new Demand(Direction.WRITE, writers, system.host().linkWriteBytesPerSecond()));
    double[] rates = FairShare.rates(warm.readBytesPerSecond(), warm.writeBytesPerSecond(), all);
    double used = FairShare.utilisation(warm.readBytesPerSecond(), warm.writeBytesPerSecond(),
        all.subList(0, readers.size()), rates);
    double free = Math.max(MIN_FREE_SHARE, 1 - used);
    Burst burst = warm.burst().isPresent()
        ? new Burst(warm.burst().peakBytesPerSecond() * free, warm.burst().seconds()) : Burst.NONE;
    return new Tier(warm.name(), warm.kind(), warm.capacityBytes(), warm.readBytesPerSecond() * free,
        warm.writeBytesPerSecond() * free, burst, warm.latencySeconds(), warm.source());
  }

  /** What job {@code job} puts on the warm tier when it checkpoints: its write, or its drain (async). */
  private Transfer firstTransfer(Simulation.JobRun job) {
    int i = job.index;
    int n = hosts[i].length;
    double perHost = plan[i].totalBytes() / n;
    double cap = mode(job) == CheckpointMode.ASYNC
        ? Math.min(system.host().linkWriteBytesPerSecond(), system.nvme().readBytesPerSecond())
        : system.host().linkWriteBytesPerSecond();
    return new Transfer(Direction.WRITE, perHost, n, cap);
  }

  /** The job's checkpoint mode: async only when its part fits the host NVMe, else blocking. */
  private CheckpointMode mode(Simulation.JobRun job) {
    int i = job.index;
    if (config.checkpointMode() == CheckpointMode.ASYNC && hosts[i] != null
        && plan[i].totalBytes() / hosts[i].length > system.nvme().capacityBytes()) {
      return CheckpointMode.BLOCKING;
    }
    return config.checkpointMode();
  }

  /** The factor data loading leaves of job {@code i}'s speed after the last update, in (0, 1]. */
  double dataFactor(int i) {
    return dataFactor[i];
  }

  /**
   * Books {@code elapsed} seconds of job {@code job} at its current rate, in which it made {@code
   * progress} work units and passed {@code checkpoints} checkpoints.
   */
  void settle(Simulation.JobRun job, double elapsed, double progress, long checkpoints) {
    int i = job.index;
    checkpointTime[i] += elapsed * (1 - job.checkpointFactor);
    stall[i] += elapsed * job.checkpointFactor * (1 - job.dataFactor);
    if (dataset[i] != null) {
      double bytes = progress * bytesPerWork[i];
      hotRead[i] += hitRate[i] * bytes;
      warmRead[i] += (1 - hitRate[i]) * bytes;
    }
    if (checkpoints > 0 && plan[i] != null) {
      checkpointsTaken[i] += checkpoints;
      double bytes = checkpoints * plan[i].totalBytes();
      warmWritten[i] += bytes;
      if (mode(job) == CheckpointMode.ASYNC) {
        hotWritten[i] += bytes;
      }
    }
  }

  /** Job {@code i}'s figures. */
  StorageFigures figures(int i) {
    return new StorageFigures(stall[i], checkpointTime[i], staging[i], restore[i], hits[i], reads[i], evictions[i],
        hotRead[i], hotWritten[i], warmRead[i], warmWritten[i], 0, 0);
  }

  /** The run's figures: every job's summed, cache counters from Caffeine's statistics. */
  StorageFigures totals() {
    double[] sum = new double[8];
    for (int i = 0; i < dataset.length; i++) {
      sum[0] += stall[i];
      sum[1] += checkpointTime[i];
      sum[2] += staging[i];
      sum[3] += restore[i];
      sum[4] += hotRead[i];
      sum[5] += hotWritten[i];
      sum[6] += warmRead[i];
      sum[7] += warmWritten[i];
    }
    ShardCacheStats stats = caches.stats();
    return new StorageFigures(sum[0], sum[1], sum[2], sum[3], stats.hits(), stats.reads(), stats.evictions(), sum[4],
        sum[5], sum[6], sum[7], 0, 0);
  }
}
