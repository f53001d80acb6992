package dev.podium.k8s.gang;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The gangs in flight, by key, and the GPUs they hold per node. Owned by one thread. */
public final class GangBook {

  private final Map<String, Gang> gangs = new LinkedHashMap<>();

  /** The gang {@code key}, or null. */
  public Gang get(String key) {
    return gangs.get(key);
  }

  void add(Gang gang) {
    if (gangs.putIfAbsent(gang.key(), gang) != null) {
      throw new IllegalStateException("gang " + gang.key() + " is already in flight");
    }
  }

  void remove(String key) {
    gangs.remove(key);
  }

  /** The gangs in flight, in planning order. */
  public Collection<Gang> gangs() {
    return gangs.values();
  }

  /** Their keys. */
  public Set<String> keys() {
    return Set.copyOf(gangs.keySet());
  }

  /** Gangs in flight. */
  public int size() {
    return gangs.size();
  }

  /** GPUs held per node by the gangs in flight. */
  public Map<String, Integer> reservedPerNode() {
    Map<String, Integer> reserved = new HashMap<>();
    for (Gang gang : gangs.values()) {
      gang.plan().gpusByNode().forEach((node, gpus) -> reserved.merge(node, gpus, Integer::sum));
    }
    return reserved;
  }
}
