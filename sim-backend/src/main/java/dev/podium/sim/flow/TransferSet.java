package dev.podium.sim.flow;

import dev.podium.api.comm.Traffic;
import dev.podium.core.cost.CostModel;
import java.util.Arrays;

/**
 * Point-to-point transfers grouped into collectives that run at the same time. A collective
 * completes when its slowest transfer does, plus its latency steps times its slowest path's
 * latency. Growable primitive arrays; not thread-safe.
 */
public final class TransferSet {

  private int[] from = new int[64];
  private int[] to = new int[64];
  private int[] collectiveOf = new int[64];
  private double[] bytes = new double[64];
  private int[] latencySteps = new int[8];
  private int size;
  private int collectives;

  /**
   * Starts a collective; returns its id.
   *
   * @param steps sequential steps that each pay the path latency once (a ring all-reduce of
   *     {@code n} ranks has {@code 2(n-1)}; a single transfer has 1)
   */
  public int addCollective(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("latency steps must be >= 0, was " + steps);
    }
    if (collectives == latencySteps.length) {
      latencySteps = Arrays.copyOf(latencySteps, 2 * collectives);
    }
    latencySteps[collectives] = steps;
    return collectives++;
  }

  /** Adds a transfer of {@code bytes} from accelerator (or vertex) {@code source} to {@code target}. */
  public void add(int collective, int source, int target, double bytes) {
    if (collective < 0 || collective >= collectives) {
      throw new IndexOutOfBoundsException("collective " + collective + " of " + collectives);
    }
    if (!(bytes >= 0) || Double.isInfinite(bytes)) {
      throw new IllegalArgumentException("bytes must be finite and >= 0, was " + bytes);
    }
    if (size == from.length) {
      int grown = 2 * size;
      from = Arrays.copyOf(from, grown);
      to = Arrays.copyOf(to, grown);
      collectiveOf = Arrays.copyOf(collectiveOf, grown);
      this.bytes = Arrays.copyOf(this.bytes, grown);
    }
    from[size] = source;
    to[size] = target;
    collectiveOf[size] = collective;
    this.bytes[size++] = bytes;
  }

  /**
   * Adds one call of {@code traffic} under {@code placement} as one collective: every group's
   * transfers as {@link CostModel#transfers} enumerates them (rings in id order), all groups at
   * once. Latency steps: {@code 2(n-1)} for all-reduce, 1 for send/recv, {@code n-1} otherwise,
   * {@code n} the largest group. Returns the collective's id.
   */
  public int addTraffic(CostModel cost, Traffic traffic, int[] placement) {
    int n = 0;
    for (int g = 0; g < traffic.groups().count(); g++) {
      n = Math.max(n, traffic.groups().size(g));
    }
    int steps = switch (traffic.collective()) {
      case ALL_REDUCE -> 2 * (n - 1);
      case SEND_RECV -> 1;
      default -> Math.max(0, n - 1);
    };
    int collective = addCollective(steps);
    for (int g = 0; g < traffic.groups().count(); g++) {
      cost.transfers(traffic, g, placement, (source, target, level, perCall) -> add(collective, source, target, perCall));
    }
    return collective;
  }

  /** Number of transfers. */
  public int size() {
    return size;
  }

  /** Number of collectives. */
  public int collectiveCount() {
    return collectives;
  }

  /** Sender of transfer {@code i}. */
  public int source(int i) {
    check(i);
    return from[i];
  }

  /** Receiver of transfer {@code i}. */
  public int target(int i) {
    check(i);
    return to[i];
  }

  /** Bytes of transfer {@code i}. */
  public double bytes(int i) {
    check(i);
    return bytes[i];
  }

  /** The collective transfer {@code i} belongs to. */
  public int collective(int i) {
    check(i);
    return collectiveOf[i];
  }

  /** Latency steps of collective {@code c}. */
  public int latencySteps(int c) {
    if (c < 0 || c >= collectives) {
      throw new IndexOutOfBoundsException("collective " + c + " of " + collectives);
    }
    return latencySteps[c];
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("transfer " + i + " of " + size);
    }
  }
}
