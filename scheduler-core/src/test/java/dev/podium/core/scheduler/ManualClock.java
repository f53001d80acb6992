package dev.podium.core.scheduler;

import dev.podium.api.time.Clock;

/** A virtual clock the test moves by hand. */
final class ManualClock implements Clock {

  private double now;

  @Override
  public double now() {
    return now;
  }

  void set(double seconds) {
    now = seconds;
  }
}
