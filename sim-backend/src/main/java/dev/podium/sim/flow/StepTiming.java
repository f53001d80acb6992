package dev.podium.sim.flow;

import java.util.List;

/**
 * A plan's traffic entries timed one after another, innermost dimension first.
 *
 * @param entries one timing per traffic entry, in plan order
 */
public record StepTiming(List<EntryTiming> entries) {

  /** Copies the list. */
  public StepTiming {
    entries = List.copyOf(entries);
  }

  /** Communication seconds per optimizer step: every entry's calls, none overlapped. */
  public double communicationSeconds() {
    double total = 0;
    for (EntryTiming entry : entries) {
      total += entry.secondsPerStep();
    }
    return total;
  }
}
