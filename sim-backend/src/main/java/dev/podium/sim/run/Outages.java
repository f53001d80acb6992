package dev.podium.sim.run;

import dev.podium.api.placement.ClusterView;
import dev.podium.core.scheduler.Interrupted;
import dev.podium.core.scheduler.Scheduler;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.VertexKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Hardware outages over sets of accelerators, from failure through detection to repair. An outage
 * holds the accelerators of its set that were healthy and held by no other outage when it opened;
 * only those are failed at its detection and repaired at its repair, so overlapping outages (a
 * switch over a failed host) never repair each other's hardware early.
 */
final class Outages {

  private final Fabric fabric;
  private final ClusterView state;
  private final Scheduler scheduler;
  /** Per accelerator: the id + 1 of the outage holding it, 0 for none. */
  private final int[] holder;
  private final List<int[]> members = new ArrayList<>();
  private boolean[] detected = new boolean[16];
  private int pending;

  Outages(Fabric fabric, ClusterView state, Scheduler scheduler) {
    this.fabric = fabric;
    this.state = state;
    this.scheduler = scheduler;
    this.holder = new int[fabric.acceleratorCount()];
  }

  /**
   * The accelerators a failure of {@code scope} on {@code host} covers, ascending: accelerator
   * {@code slot} of the host; the host (also for software); or, for a switch, every accelerator
   * cabled to the leaf switch behind accelerator {@code slot}'s NIC (a rack on Meta's cluster, one
   * rail of a scalable unit on a rail-optimized SuperPOD), or the domain above the host where
   * accelerators reach no switch directly (a torus cube).
   */
  int[] range(FailureScope scope, int host, int slot) {
    int hostLevel = fabric.hostLevel();
    int first = fabric.firstMember(hostLevel, host);
    return switch (scope) {
      case ACCELERATOR -> new int[] {first + slot};
      case HOST, SOFTWARE -> span(first, fabric.memberCount(hostLevel, host));
      case SWITCH -> {
        int leaf = leafSwitch(first + slot);
        if (leaf >= 0) {
          yield cabledTo(leaf);
        }
        int level = Math.min(hostLevel + 1, fabric.levelCount() - 1);
        int domain = fabric.domainOf(first, level);
        yield span(fabric.firstMember(level, domain), fabric.memberCount(level, domain));
      }
    };
  }

  /** The switch at the other end of {@code accelerator}'s NIC, or -1. */
  private int leafSwitch(int accelerator) {
    for (int i = 0; i < fabric.degree(accelerator); i++) {
      int w = fabric.neighbor(accelerator, i);
      if (fabric.kind(w) == VertexKind.SWITCH && fabric.ownerLevel(w) > fabric.hostLevel()) {
        return w;
      }
    }
    return -1;
  }

  /** The accelerators linked to switch {@code vertex}, ascending. */
  private int[] cabledTo(int vertex) {
    int[] out = new int[fabric.degree(vertex)];
    int n = 0;
    for (int i = 0; i < fabric.degree(vertex); i++) {
      int w = fabric.neighbor(vertex, i);
      if (w < fabric.acceleratorCount()) {
        out[n++] = w;
      }
    }
    int[] cabled = Arrays.copyOf(out, n);
    Arrays.sort(cabled);
    return cabled;
  }

  private static int[] span(int first, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = first + i;
    }
    return out;
  }

  /**
   * Opens an outage over the accelerators of {@code set} that are healthy and in no other outage.
   *
   * @return its id, or -1 when there are none (nothing opens)
   */
  int open(int[] set) {
    int id = members.size();
    boolean any = false;
    for (int a : set) {
      if (holder[a] == 0 && state.isHealthy(a)) {
        holder[a] = id + 1;
        any = true;
      }
    }
    if (!any) {
      return -1;
    }
    if (id == detected.length) {
      detected = Arrays.copyOf(detected, 2 * id);
    }
    members.add(set.clone());
    pending++;
    return id;
  }

  /** The accelerators outage {@code id} holds. */
  int[] accelerators(int id) {
    int[] set = members.get(id);
    int n = 0;
    int[] out = new int[set.length];
    for (int a : set) {
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
