package dev.podium.api.topology;

import java.util.List;

/**
 * Read-only locality structure of a fabric, as a placement policy sees it.
 *
 * <p><b>Numbering.</b> Accelerators are dense ids {@code 0 .. acceleratorCount()-1}, numbered in
 * locality order (a depth-first walk of the locality tree), so every domain of every level is the
 * contiguous id range {@code [firstMember(level, d), firstMember(level, d) + memberCount(level, d))}.
 * Domains of a level are numbered {@code 0 .. domainCount(level)-1} in the same order. Domains nest:
 * each domain lies inside exactly one domain of every higher level. Level 0 has one domain per
 * accelerator; the last level has exactly one domain, the whole fabric.
 *
 * <p><b>Contract.</b> Implementations are immutable and safe to share between threads; every query
 * is O(1) or O(levels) and allocates nothing, except {@link #levels()}, which returns the same
 * immutable list on every call. Arguments out of range throw {@link IndexOutOfBoundsException}.
 */
public interface TopologyView {

  /** Number of accelerators, at least 1. */
  int acceleratorCount();

  /** The locality levels, innermost (the accelerator, index 0) first; at least two. */
  List<Level> levels();

  /** Number of levels; {@code levels().size()}. */
  default int levelCount() {
    return levels().size();
  }

  /** Index of the level with this name, or -1 when there is none. */
  default int levelIndex(String name) {
    List<Level> all = levels();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Number of domains at {@code level}. */
  int domainCount(int level);

  /** The domain of {@code accelerator} at {@code level}; at level 0 the accelerator id itself. */
  int domainOf(int accelerator, int level);

  /** The lowest accelerator id of domain {@code domain} at {@code level}. */
  int firstMember(int level, int domain);

  /** Number of accelerators in domain {@code domain} at {@code level}, at least 1. */
  int memberCount(int level, int domain);

  /**
   * The lowest level at which {@code a} and {@code b} share a domain: 0 when {@code a == b}, the top
   * level when they share only the whole fabric.
   */
  default int commonLevel(int a, int b) {
    int top = levelCount() - 1;
    for (int level = 0; level < top; level++) {
      if (domainOf(a, level) == domainOf(b, level)) {
        return level;
      }
    }
    return top;
  }

  /**
   * Bandwidth per accelerator and direction, in bytes per second, for traffic between two
   * accelerators whose lowest common level is {@code level}, after oversubscription.
   */
  default double bandwidth(int level) {
    return levels().get(level).bandwidthBytesPerSecond();
  }

  /** One-way latency in seconds between two accelerators whose lowest common level is {@code level}. */
  default double latency(int level) {
    return levels().get(level).latencySeconds();
  }
}
