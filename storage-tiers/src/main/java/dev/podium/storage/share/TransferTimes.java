package dev.podium.storage.share;

import dev.podium.storage.tier.Burst;
import dev.podium.storage.tier.Direction;
import dev.podium.storage.tier.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * Completion times of transfers that start together on one tier. Between events every active stream
 * runs at its {@link FairShare} rate; an event is a transfer finishing (its bandwidth goes to the
 * others) or the end of the tier's burst budget (rates drop from peak to sustained). A transfer's
 * time is its latency plus the time its bytes take. Pure and deterministic.
 */
public final class TransferTimes {

  private static final double RESIDUE = 1e-12;

  private TransferTimes() {}

  /**
   * Seconds from the common start until each group's streams have all finished, indexed like
   * {@code transfers}; a group with no bytes or no streams finishes after the tier's latency.
   */
  public static double[] of(Tier tier, List<Transfer> transfers) {
    int n = transfers.size();
    double[] finish = new double[n];
    double[] remaining = new double[n];
    boolean[] active = new boolean[n];
    int activeCount = 0;
    for (int g = 0; g < n; g++) {
      Transfer t = transfers.get(g);
      remaining[g] = t.bytes();
      active[g] = t.bytes() > 0 && t.count() > 0;
      if (active[g]) {
        activeCount++;
      } else {
        finish[g] = tier.latencySeconds();
      }
    }
    Burst burst = tier.burst();
    boolean peak = burst.isPresent();
    double now = 0;
    List<Demand> demands = new ArrayList<>(n);
    while (activeCount > 0) {
      demands.clear();
      for (int g = 0; g < n; g++) {
        demands.add(transfers.get(g).demand(active[g]));
      }
      double[] rates = peak
          ? FairShare.rates(tier.peakBytesPerSecond(Direction.READ), tier.peakBytesPerSecond(Direction.WRITE), demands)
          : FairShare.rates(tier.readBytesPerSecond(), tier.writeBytesPerSecond(), demands);
      int first = -1;
      double step = Double.POSITIVE_INFINITY;
      for (int g = 0; g < n; g++) {
        if (active[g] && remaining[g] / rates[g] < step) {
          step = remaining[g] / rates[g];
          first = g;
        }
      }
      boolean burstEnds = peak && burst.seconds() - now <= step;
      if (burstEnds) {
        step = burst.seconds() - now;
      }
      for (int g = 0; g < n; g++) {
        if (active[g]) {
          remaining[g] -= rates[g] * step;
        }
      }
      now = burstEnds ? burst.seconds() : now + step;
      peak &= !burstEnds;
      if (!burstEnds) {
        remaining[first] = 0;
      }
      for (int g = 0; g < n; g++) {
        if (active[g] && remaining[g] <= RESIDUE * transfers.get(g).bytes()) {
          active[g] = false;
          activeCount--;
          finish[g] = now + tier.latencySeconds();
        }
      }
    }
    return finish;
  }

  /** Seconds for one group alone on {@code tier} (latency included). */
  public static double of(Tier tier, Transfer transfer) {
    return of(tier, List.of(transfer))[0];
  }

  /**
   * The burst formula for one stream with a fixed share: {@code bytes / peakRate} when the bytes
   * fit in the budget ({@code peakRate x budgetSeconds}), else the budget's seconds plus the rest at
   * {@code sustainedRate}. Latency is not included.
   */
  public static double burstSeconds(double bytes, double peakRate, double sustainedRate, double budgetSeconds) {
    if (!(peakRate >= sustainedRate) || !(sustainedRate > 0) || !(budgetSeconds >= 0) || !(bytes >= 0)) {
      throw new IllegalArgumentException("burst: need bytes >= 0, peak >= sustained > 0 and budget >= 0; were "
          + bytes + ", " + peakRate + ", " + sustainedRate + ", " + budgetSeconds);
    }
    double atPeak = peakRate * budgetSeconds;
    return bytes <= atPeak ? bytes / peakRate : budgetSeconds + (bytes - atPeak) / sustainedRate;
  }
}
