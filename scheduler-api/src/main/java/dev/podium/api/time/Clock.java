package dev.podium.api.time;

/**
 * The scheduler's notion of now, in seconds. The simulator supplies a virtual clock; scheduling
 * code never reads the wall clock itself, so the same inputs give the same result.
 */
@FunctionalInterface
public interface Clock {

  /** Current time in seconds since the clock's epoch. */
  double now();

  /** Wall-clock seconds since the Unix epoch, for servers. */
  static Clock system() {
    return () -> System.currentTimeMillis() / 1000.0;
  }
}
