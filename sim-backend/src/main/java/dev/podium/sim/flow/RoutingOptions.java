package dev.podium.sim.flow;

import dev.podium.topology.route.Routes;
import java.util.Objects;

/**
 * How transfers become flows and flows find paths.
 *
 * @param mode the routing mode
 * @param queuePairs flows per transfer (RoCE queue pairs per connection; NCCL QP scaling), each
 *     carrying an equal share of the bytes, at least 1
 * @param seed seed of the ECMP 5-tuples (ports and queue-pair numbers)
 * @param maxPaths paths enumerated per pair for {@link RoutingMode#PINNED} and {@link
 *     RoutingMode#ADAPTIVE}, which choose among all of them and refuse a pair with more
 */
public record RoutingOptions(RoutingMode mode, int queuePairs, long seed, int maxPaths) {

  /** Checks the ranges. */
  public RoutingOptions {
    Objects.requireNonNull(mode, "mode");
    if (queuePairs < 1) {
      throw new IllegalArgumentException("queuePairs must be >= 1, was " + queuePairs);
    }
    if (maxPaths < 1) {
      throw new IllegalArgumentException("maxPaths must be >= 1, was " + maxPaths);
    }
  }

  /** ECMP with {@code queuePairs} flows per transfer, 5-tuples drawn from {@code seed}. */
  public static RoutingOptions ecmp(int queuePairs, long seed) {
    return new RoutingOptions(RoutingMode.ECMP, queuePairs, seed, Routes.DEFAULT_MAX_PATHS);
  }

  /** Path pinning by destination slice, one flow per transfer. */
  public static RoutingOptions pinned() {
    return new RoutingOptions(RoutingMode.PINNED, 1, 0, Routes.DEFAULT_MAX_PATHS);
  }

  /** Adaptive least-loaded routing with {@code queuePairs} flows per transfer. */
  public static RoutingOptions adaptive(int queuePairs) {
    return new RoutingOptions(RoutingMode.ADAPTIVE, queuePairs, 0, Routes.DEFAULT_MAX_PATHS);
  }

  /** These options with {@code n} queue pairs per transfer. */
  public RoutingOptions withQueuePairs(int n) {
    return new RoutingOptions(mode, n, seed, maxPaths);
  }

  /** These options with another seed. */
  public RoutingOptions withSeed(long newSeed) {
    return new RoutingOptions(mode, queuePairs, newSeed, maxPaths);
  }

  /** These options enumerating up to {@code n} paths per pair. */
  public RoutingOptions withMaxPaths(int n) {
    return new RoutingOptions(mode, queuePairs, seed, n);
  }
}
