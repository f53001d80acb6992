package dev.podium.sim.run;

import java.util.List;
import java.util.Objects;

/**
 * Failures as a Poisson process per host: hosts fail at {@code perThousandNodeDays / 1000} per day
 * on average over the fleet, a fraction of them (the lemons) {@code lemonFactor} times as often as
 * the others (so the others fail a little less than the average). Each failure is one of the
 * {@code components}, drawn by share, and takes down what its {@link FailureScope} says: one
 * accelerator, the host, every host under its leaf switch, or (software) the job on the host. It is
 * detected after {@code detectionSeconds}, and failed hardware is repaired {@code repairSeconds}
 * later. Jobs hit make no progress from the failure on; at detection they stop, lose their work
 * since the last checkpoint before the failure, and pay {@code restartSeconds} when they run again.
 *
 * @param perThousandNodeDays failures per 1,000 node-days, all components and lemons included
 *     (RSC-1 6.50, RSC-2 2.34, Llama 3 3.79)
 * @param detectionSeconds time from failure to the job being stopped
 * @param repairSeconds time from detection to the hardware being healthy again
 * @param restartSeconds time a restarted job spends before making progress (u0)
 * @param lemonFraction fraction of hosts that fail more often
 * @param lemonFactor how much more often they fail
 * @param components the failure causes; their shares sum to 1
 */
public record FailureModel(
    double perThousandNodeDays,
    double detectionSeconds,
    double repairSeconds,
    double restartSeconds,
    double lemonFraction,
    double lemonFactor,
    List<FailureComponent> components) {

  /** The single component of the whole-host model: every failure takes down a host. */
  public static final List<FailureComponent> WHOLE_HOST = List.of(new FailureComponent("host", FailureScope.HOST, 1));

  /** Checks the ranges, and that the components' shares sum to 1. */
  public FailureModel {
    if (!(perThousandNodeDays >= 0) || !(detectionSeconds >= 0) || !(repairSeconds >= 0)
        || !(restartSeconds >= 0) || !(lemonFraction >= 0 && lemonFraction <= 1) || !(lemonFactor >= 1)) {
      throw new IllegalArgumentException("failure model: rates and times must be >= 0, lemonFraction in [0, 1],"
          + " lemonFactor >= 1");
    }
    components = List.copyOf(Objects.requireNonNull(components, "components"));
    double sum = components.stream().mapToDouble(FailureComponent::share).sum();
    if (components.isEmpty() || Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("failure model: component shares must sum to 1, were " + sum);
    }
  }

  /** A whole-host model: every failure takes down one host ({@link #WHOLE_HOST}). */
  public FailureModel(double perThousandNodeDays, double detectionSeconds, double repairSeconds,
      double restartSeconds, double lemonFraction, double lemonFactor) {
    this(perThousandNodeDays, detectionSeconds, repairSeconds, restartSeconds, lemonFraction, lemonFactor,
        WHOLE_HOST);
  }

  /**
   * Defaults from hardware.md: the Llama 3 rate (419 unexpected interruptions over 54 days on
   * 2,048 nodes = 3.79 per 1,000 node-days), split by the Table 5 counts ({@link #llama3Components}),
   * health checks every 5 minutes (detected after 150 s on average), restart u0 = 10 minutes
   * (5-20 min), repair 1 hour (not published; a parameter), and 1.2% lemon nodes (RSC-1) failing 5
   * times as often (the factor is not published).
   */
  public static FailureModel published() {
    return new FailureModel(3.79, 150, 3600, 600, 0.012, 5, llama3Components());
  }

  /**
   * The Llama 3 405B Table 5 counts (419 unexpected interruptions), grouped by what they take down:
   * gpu 196 (faulty GPU 148, SRAM 19, system processor 17, silent data corruption 6, thermal
   * interface and sensor 6), hbm 72, nic 7 (one NIC per GPU), network-switch-cable 35, host 46
   * (maintenance 32, SSD 3, power supply 3, chassis 2, IO expansion board 2, CPU 2, system memory 2)
   * and software 63 (software bug 54, NCCL watchdog timeouts 7, dependency 2).
   */
  public static List<FailureComponent> llama3Components() {
    double total = 419;
    return List.of(
        new FailureComponent("gpu", FailureScope.ACCELERATOR, 196 / total),
        new FailureComponent("hbm", FailureScope.ACCELERATOR, 72 / total),
        new FailureComponent("nic", FailureScope.ACCELERATOR, 7 / total),
        new FailureComponent("network-switch-cable", FailureScope.SWITCH, 35 / total),
        new FailureComponent("host", FailureScope.HOST, 46 / total),
        new FailureComponent("software", FailureScope.SOFTWARE, 63 / total));
  }

  /** This model with other components. */
  public FailureModel withComponents(List<FailureComponent> value) {
    return new FailureModel(perThousandNodeDays, detectionSeconds, repairSeconds, restartSeconds, lemonFraction,
        lemonFactor, value);
  }

  /** Failures per second of one ordinary host. */
  public double perHostPerSecond() {
    return perThousandNodeDays / 1000 / 86_400;
  }
}
