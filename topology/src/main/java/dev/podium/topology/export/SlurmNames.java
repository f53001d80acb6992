package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.util.HashMap;
import java.util.Map;

/** Checks the switch and block names a {@code topology.conf} declares: short enough, parseable, unique. */
final class SlurmNames {

  /** Longest switch name Slurm accepts (topology.conf(5): "cannot be longer than 64 characters"). */
  static final int MAX_LENGTH = 64;

  private final String format;
  private final Map<String, String> seen = new HashMap<>();

  SlurmNames(String format) {
    this.format = format;
  }

  /** The name of domain {@code domain} of {@code level}, checked and recorded. */
  String domain(Fabric fabric, int level, int domain) {
    String name = fabric.domainName(level, domain);
    String what = fabric.levels().get(level).name() + " " + name;
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(format + ": " + what + ": Slurm names are 1 to " + MAX_LENGTH
          + " characters long");
    }
    if (name.chars().anyMatch(c -> c == '=' || c == '#' || c == ',' || c == '[' || c == ']' || Character.isWhitespace(c))) {
      throw new IllegalArgumentException(format + ": " + what + ": a Slurm name holds no '=', '#', ',', brackets or"
          + " whitespace");
    }
    String previous = seen.putIfAbsent(name, what);
    if (previous != null) {
      throw new IllegalArgumentException(format + ": " + what + " has the same name as " + previous
          + "; Slurm needs unique names");
    }
    return name;
  }
}
