package dev.podium.sim.run;

import dev.podium.api.placement.ClusterView;
import dev.podium.core.scheduler.Interrupted;
import dev.podium.core.scheduler.Scheduler;
import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Hardware outages over contiguous accelerator ranges, from failure through detection to repair.
 * An outage holds the accelerators of its range that were healthy and held by no other outage when
 * it opened; only those are failed at its detection and repaired at its repair, so overlapping
 * outages (a switch over a failed host) never repair each other's hardware early.
 */
final class Outages {

  private final Fabric fabric;
  private final ClusterView state;
  private final Scheduler scheduler;
  /** Per accelerator: the id + 1 of the outage holding it, 0 for none. */
  private final int[] holder;
  private int[] firsts = new int[16];
  private int[] counts = new int[16];
  private boolean[] detected = new boolean[16];
  private int opened;
  private int pending;

  Outages(Fabric fabric, ClusterView state, Scheduler scheduler) {
    this.fabric = fabric;
    this.state = state;
    this.scheduler = scheduler;
    this.holder = new int[fabric.acceleratorCount()];
  }

  /**
   * The accelerators a failure of {@code scope} on {@code host} covers, as {first, count}: accelerator
   * {@code slot} of the host, the host, or the domain of the level above the host level (the host
   * itself when there is none). Software covers the host.
   */
  int[] range(FailureScope scope, int host, int slot) {
    int hostLevel = fabric.hostLevel();
    int first = fabric.firstMember(hostLevel, host);
    return switch (scope) {
      case ACCELERATOR -> new int[] {first + slot, 1};
      case HOST, SOFTWARE -> new int[] {first, fabric.memberCount(hostLevel, host)};
      case SWITCH -> {
        int level = Math.min(hostLevel + 1, fabric.levelCount() - 1);
        int domain = fabric.domainOf(first, level);
        yield new int[] {fabric.firstMember(level, domain), fabric.memberCount(level, domain)};
      }
    };
  }

  /**
   * Opens an outage over the accelerators of {@code [first, first + count)} that are healthy and in
   * no other outage.
   *
   * @return its id, or -1 when there are none (nothing opens)
   */
  int open(int first, int count) {
    int id = opened;
    boolean any = false;
    for (int a = first; a < first + count; a++) {
      if (holder[a] == 0 && state.isHealthy(a)) {
        holder[a] = id + 1;
        any = true;
      }
    }
    if (!any) {
      return -1;
    }
    if (id == firsts.length) {
      firsts = Arrays.copyOf(firsts, 2 * id);
      counts = Arrays.copyOf(counts, 2 * id);
      detected = Arrays.copyOf(detected, 2 * id);
    }
    firsts[id] = first;
    counts[id] = count;
    opened++;
    pending++;
    return id;
  }

  /** The accelerators outage {@code id} holds. */
  int[] accelerators(int id) {
    int n = 0;
    int[] out = new int[counts[id]];
    for (int a = firsts[id]; a < firsts[id] + counts[id]; a++) {
      if (holder[a] == id + 1) {
        out[n++] = a;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** True when {@code accelerator} has failed and the failure is not yet detected. */
  boolean undetected(int accelerator) {
    int h = holder[accelerator];
    return h != 0 && !detected[h - 1];
  }

  /** Detects outage {@code id}: fails its accelerators through the scheduler and returns the jobs interrupted. */
  List<Interrupted> detect(int id) {
    detected[id] = true;
    List<Interrupted> interrupted = new ArrayList<>();
    for (int a : accelerators(id)) {
      Optional<Interrupted> i = scheduler.fail(a);
      i.ifPresent(interrupted::add);
    }
    return interrupted;
  }

  /** Repairs outage {@code id}: its accelerators are healthy and free again. */
  void repair(int id) {
    for (int a : accelerators(id)) {
      scheduler.repair(a);
      holder[a] = 0;
    }
    pending--;
  }

  /** Outages opened and not yet repaired. */
  int pending() {
    return pending;
  }
}
