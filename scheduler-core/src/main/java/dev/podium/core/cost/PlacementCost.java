package dev.podium.core.cost;

import dev.podium.api.topology.TopologyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a placement costs per optimizer step.
 *
 * @param crossBytes bytes per step between accelerators whose lowest common level is the index
 *     (index 0 is always 0)
 * @param commSeconds estimated communication time per step, without overlap and without contention
 *     between groups (the simulator adds both)
 * @param traffic the same per traffic entry
 */
public record PlacementCost(double[] crossBytes, double commSeconds, List<TrafficCost> traffic) {

  /** Bytes at {@code level}. */
  public double bytesAt(int level) {
    return crossBytes[level];
  }

  /**
   * Compares lexicographically from the top level down: fewer bytes across the most expensive tier
   * first. Negative when this is cheaper.
   */
  public int compareTo(PlacementCost other) {
    return compareLevels(crossBytes, other.crossBytes);
  }

  /** Lexicographic comparison of two per-level byte vectors from the top level down. */
  public static int compareLevels(double[] a, double[] b) {
    for (int level = a.length - 1; level >= 1; level--) {
      double tolerance = 1e-9 * Math.max(Math.abs(a[level]), Math.abs(b[level]));
      if (Math.abs(a[level] - b[level]) > tolerance) {
        return a[level] < b[level] ? -1 : 1;
      }
    }
    return 0;
  }

  /**
   * {@link #compareLevels(double[], double[])} of {@code a} scaled by {@code scaleA} against {@code
   * b} scaled by {@code scaleB}, without copying either: a placement policy's tie-breakers (such as
   * dataset locality) shrink a candidate's bytes by a small factor before the comparison.
   */
  public static int compareLevels(double[] a, double scaleA, double[] b, double scaleB) {
    for (int level = a.length - 1; level >= 1; level--) {
      double x = a[level] * scaleA;
      double y = b[level] * scaleB;
      double tolerance = 1e-9 * Math.max(Math.abs(x), Math.abs(y));
      if (Math.abs(x - y) > tolerance) {
        return x < y ? -1 : 1;
      }
    }
    return 0;
  }

  /** Lines for people: which dimension's groups cross which level, and how many bytes. */
  public List<String> explain(TopologyView topology) {
    List<String> lines = new ArrayList<>();
    for (TrafficCost t : traffic) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s (%d groups):",
          t.dimension(), t.collective().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.groups()));
      boolean crossed = false;
      for (int level = t.bytesPerLevel().length - 1; level >= 1; level--) {
        if (t.bytesPerLevel()[level] > 0) {
          line.append(String.format(Locale.ROOT, " %s %.3g GB", topology.levels().get(level).name(),
              t.bytesPerLevel()[level] / 1e9));
          if (t.groupsSpanning()[level] > 0) {
            line.append(String.format(Locale.ROOT, " (%d groups span %ss)", t.groupsSpanning()[level],
                topology.levels().get(level - 1).name()));
          }
          line.append(';');
          crossed = true;
        }
      }
      if (!crossed) {
        line.append(" no bytes leave an accelerator;");
      }
      line.setLength(line.length() - 1);
      lines.add(line.toString());
    }
    return lines;
  }
}
