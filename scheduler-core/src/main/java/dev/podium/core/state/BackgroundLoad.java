package dev.podium.core.state;

import java.util.SplittableRandom;

/**
 * Fills a cluster with seeded background jobs until a target fraction of its accelerators is held,
 * to test placement on a partly busy, fragmented fabric. Sizes are drawn from 1, 2, 4, 8 (most
 * often), 16, 32 and 64 accelerators; each job starts at a random accelerator aligned to its size
 * (up to 8) and takes the next free ids from there, so jobs form the runs and holes a real queue
 * leaves behind.
 */
public final class BackgroundLoad {

  private static final int[] SIZES = {1, 2, 4, 8, 8, 8, 8, 16, 32, 64};

  private BackgroundLoad() {}

  /**
   * Adds jobs named {@code bg-N} until at least {@code fraction} of the accelerators are held (or
   * no more fit); returns the number of jobs added.
   */
  public static int fill(ClusterState state, double fraction, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("occupancy must be in [0, 1), was " + fraction);
    }
    int n = state.topology().acceleratorCount();
    int target = (int) Math.round(fraction * n);
    SplittableRandom random = new SplittableRandom(seed);
    int jobs = 0;
    while (n - state.freeCount() < target) {
      int size = Math.min(SIZES[random.nextInt(SIZES.length)], target - (n - state.freeCount()));
      int align = Math.min(size, 8);
      int start = random.nextInt(n) / align * align;
      int[] chosen = new int[size];
      int found = 0;
      for (int a = state.nextFree(start, n); a >= 0 && found < size; a = state.nextFree(a + 1, n)) {
        chosen[found++] = a;
      }
      for (int a = state.nextFree(0, start); a >= 0 && found < size; a = state.nextFree(a + 1, start)) {
        chosen[found++] = a;
      }
      if (found < size) {
        break;
      }
      state.allocate("bg-" + jobs++, chosen);
    }
    return jobs;
  }
}
