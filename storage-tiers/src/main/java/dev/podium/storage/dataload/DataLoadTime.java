package dev.podium.storage.dataload;

/**
 * How long hosts take to read their input.
 *
 * @param nvmeSeconds reading the hits from local NVMe
 * @param warmSeconds reading the misses from the warm tier
 * @param seconds the slower of the two: the load time
 */
public record DataLoadTime(double nvmeSeconds, double warmSeconds, double seconds) {

  /** Load time not hidden behind {@code overlapSeconds} of compute (prefetching): never negative. */
  public double exposedSeconds(double overlapSeconds) {
    return Math.max(0, seconds - Math.max(0, overlapSeconds));
  }
}
