package dev.podium.storage.checkpoint;

/**
 * What one checkpoint costs a job.
 *
 * @param mode blocking or staged to NVMe
 * @param totalBytes bytes of the checkpoint
 * @param hosts hosts the job spans; each writes {@code bytesPerHost}
 * @param bytesPerHost bytes each host writes
 * @param stallSeconds time training stops per checkpoint: to the warm tier at its sustained rate
 *     (blocking), or to local NVMe (async)
 * @param peakStallSeconds the same while the warm tier's burst budget lasts (blocking; the best
 *     case); equal to {@code stallSeconds} for async
 * @param drainSeconds background copy from NVMe to the warm tier (async); 0 for blocking
 * @param restoreSeconds reading the checkpoint back from the warm tier on every host on restart
 */
public record CheckpointCost(
    CheckpointMode mode,
    double totalBytes,
    int hosts,
    double bytesPerHost,
    double stallSeconds,
    double peakStallSeconds,
    double drainSeconds,
    double restoreSeconds) {

  /**
   * Seconds training stops per checkpoint at interval {@code intervalSeconds}: the stall, plus for
   * async the part of the drain that outlasts the interval (the next staging waits for it).
   */
  public double blockedSeconds(double intervalSeconds) {
    if (!(intervalSeconds > 0)) {
      throw new IllegalArgumentException("checkpoint interval must be > 0, was " + intervalSeconds);
    }
    return stallSeconds + Math.max(0, drainSeconds - intervalSeconds);
  }
}
