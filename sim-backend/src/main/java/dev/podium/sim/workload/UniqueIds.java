package dev.podium.sim.workload;

import java.util.HashMap;
import java.util.Map;

/** Rejects a job id seen on an earlier line of the same file. */
final class UniqueIds {

  private final Map<String, Long> firstLine = new HashMap<>();

  /** Records {@code id} at {@code line}; throws a {@link RowException} naming the first line if seen. */
  void claim(String id, long line) {
    Long first = firstLine.putIfAbsent(id, line);
    if (first != null) {
      throw new RowException("duplicate job id '" + id + "' (first on line " + first + ")");
    }
  }
}
