package dev.podium.storage.share;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Max-min fair rates on one tier. The tier is a single resource measured in time: a stream reading
 * at {@code r} bytes/s uses {@code r / readCapacity} of it, a writer at {@code w} uses {@code w /
 * writeCapacity}, and the uses add up to at most 1. Rates rise together (progressive filling) until
 * the tier is full or a stream reaches its own cap; capped streams freeze and the rest keep rising.
 * With readers only this is {@code min(cap, readCapacity / n)} per stream. Pure and deterministic.
 */
public final class FairShare {

  private FairShare() {}

  /**
   * The rate of each stream of each demand group, indexed like {@code demands}.
   *
   * @param readCapacity the tier's aggregate read rate, > 0
   * @param writeCapacity the tier's aggregate write rate, > 0
   * @param demands the groups of streams; a group with count 0 gets rate 0
   * @return bytes per second per stream of each group; every group's rate is at most its cap
   */
  public static double[] rates(double readCapacity, double writeCapacity, List<Demand> demands) {
    if (!(readCapacity > 0) || !(writeCapacity > 0) || Double.isInfinite(readCapacity)
        || Double.isInfinite(writeCapacity)) {
      throw new IllegalArgumentException("fair share: tier capacities must be finite and > 0, were read "
          + readCapacity + ", write " + writeCapacity);
    }
    int n = demands.size();
    double[] rates = new double[n];
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer g) -> demands.get(g).capBytesPerSecond())
        .thenComparingInt(g -> g));
    double budget = 1;
    for (int i = 0; i < n; i++) {
      Demand d = demands.get(order[i]);
      if (d.count() == 0) {
        continue;
      }
      double cost = 0;
      for (int j = i; j < n; j++) {
        Demand other = demands.get(order[j]);
        cost += other.count() * costPerByte(other, readCapacity, writeCapacity);
      }
      if (d.capBytesPerSecond() * cost <= budget) {
        rates[order[i]] = d.capBytesPerSecond();
        budget = Math.max(0, budget - d.count() * costPerByte(d, readCapacity, writeCapacity) * d.capBytesPerSecond());
      } else {
        double level = budget / cost;
        for (int j = i; j < n; j++) {
          rates[order[j]] = demands.get(order[j]).count() == 0 ? 0 : level;
        }
        break;
      }
    }
    return rates;
  }

  /** The fraction of the tier each stream of {@code demands} at {@code rates} uses, summed. */
  public static double utilisation(double readCapacity, double writeCapacity, List<Demand> demands, double[] rates) {
    double used = 0;
    for (int g = 0; g < demands.size(); g++) {
      used += demands.get(g).count() * rates[g] * costPerByte(demands.get(g), readCapacity, writeCapacity);
    }
    return used;
  }

  private static double costPerByte(Demand d, double readCapacity, double writeCapacity) {
    return switch (d.direction()) {
      case READ -> 1 / readCapacity;
      case WRITE -> 1 / writeCapacity;
    };
  }
}
