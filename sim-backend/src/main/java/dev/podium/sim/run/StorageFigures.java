package dev.podium.sim.run;

/**
 * What storage cost a job, or all jobs of a run together.
 *
 * @param dataStallSeconds wall seconds training waited for input: the data-loading time not hidden
 *     behind the step (the warm tier's share, or the NVMe, slower than the job consumes)
 * @param checkpointSeconds wall seconds training stopped for checkpoints (blocking writes, or async
 *     staging plus any drain that outlasts the interval)
 * @param stagingSeconds seconds spent prefetching datasets before starts
 * @param restoreSeconds seconds spent reading checkpoints back on restarts
 * @param cacheHits shard reads served from host NVMe caches
 * @param cacheReads shard reads
 * @param cacheEvictions shards Caffeine evicted (or refused) while the job staged and read; a run
 *     with none is reproducible byte for byte, one with some may differ slightly between JVMs
 *     ({@code docs/STORAGE.md}, "Determinism")
 * @param hotReadBytes bytes read from host NVMe (cache hits, local checkpoint parts)
 * @param hotWrittenBytes bytes written to host NVMe (staged shards, async checkpoint parts)
 * @param warmReadBytes bytes read from the warm tier (cache misses, staging, restores)
 * @param warmWrittenBytes bytes written to the warm tier (checkpoints)
 * @param coldReadBytes bytes read from the cold tier (the simulator keeps datasets and checkpoints on
 *     the warm tier, so 0 for now)
 * @param coldWrittenBytes bytes written to the cold tier (0 for now)
 */
public record StorageFigures(
    double dataStallSeconds,
    double checkpointSeconds,
    double stagingSeconds,
    double restoreSeconds,
    long cacheHits,
    long cacheReads,
    long cacheEvictions,
    double hotReadBytes,
    double hotWrittenBytes,
    double warmReadBytes,
    double warmWrittenBytes,
    double coldReadBytes,
    double coldWrittenBytes) {

  /** Hits over reads; 0 before the first read. */
  public double cacheHitRate() {
    return cacheReads == 0 ? 0 : (double) cacheHits / cacheReads;
  }
}
