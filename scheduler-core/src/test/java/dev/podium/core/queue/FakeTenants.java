package dev.podium.core.queue;

import java.util.HashMap;
import java.util.Map;

/** A hand-set queue state for policy tests: per-tenant allocation, pending and usage, and idle capacity. */
final class FakeTenants implements CapacityView {

  private final Map<String, Integer> allocated = new HashMap<>();
  private final Map<String, Integer> pending = new HashMap<>();
  private final Map<String, Double> usage = new HashMap<>();
  private final int capacity;
  private int free;

  FakeTenants(int capacity) {
    this.capacity = capacity;
    this.free = capacity;
  }

  FakeTenants tenant(String tenant, int allocatedAccelerators, int pendingAccelerators, double usedSeconds) {
    allocated.put(tenant, allocatedAccelerators);
    pending.put(tenant, pendingAccelerators);
    usage.put(tenant, usedSeconds);
    free = capacity - allocated.values().stream().mapToInt(Integer::intValue).sum();
    return this;
  }

  @Override
  public double now() {
    return 0;
  }

  @Override
  public int capacity() {
    return capacity;
  }

  @Override
  public int allocated(String tenant) {
    return allocated.getOrDefault(tenant, 0);
  }

  @Override
  public int pending(String tenant) {
    return pending.getOrDefault(tenant, 0);
  }

  @Override
  public double usage(String tenant) {
    return usage.getOrDefault(tenant, 0.0);
  }

  @Override
  public int free() {
    return free;
  }
}
