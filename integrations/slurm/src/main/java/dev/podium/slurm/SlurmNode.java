package dev.podium.slurm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node as {@code sinfo --json} reports it.
 *
 * @param name the NodeName
 * @param states the base state and its flags, upper case ({@code IDLE}, {@code MIXED}, {@code DRAIN}, ...)
 * @param gres configured generic resources ({@code Gres=})
 * @param gresUsed generic resources held by jobs
 * @param cpus configured CPUs
 * @param allocatedCpus CPUs held by jobs
 * @param partitions the partitions the node belongs to
 * @param reason why an administrator drained or downed it, or empty
 */
public record SlurmNode(String name, Set<String> states, List<Gres> gres, List<Gres> gresUsed, int cpus,
    int allocatedCpus, List<String> partitions, String reason) {

  /** States and flags under which Slurm starts no new job on the node. */
  static final Set<String> UNAVAILABLE = Set.of("DOWN", "DRAIN", "DRAINED", "DRAINING", "FAIL", "FAILING", "FUTURE",
      "UNKNOWN", "ERROR", "MAINT", "MAINTENANCE", "RESERVED", "INVAL", "INVALID", "INVALID_REG", "NOT_RESPONDING",
      "NO_RESPOND", "POWERED_DOWN", "POWERING_DOWN", "POWER_DOWN", "POWERING_UP", "REBOOT_REQUESTED",
      "REBOOT_ISSUED");

  /** Upper-cases the states and copies the lists. */
  public SlurmNode {
    TreeSet<String> upper = new TreeSet<>();
    states.forEach(s -> upper.add(s.toUpperCase(Locale.ROOT)));
    states = Set.copyOf(upper);
    gres = List.copyOf(gres);
    gresUsed = List.copyOf(gresUsed);
    partitions = List.copyOf(partitions);
    reason = reason == null ? "" : reason;
  }

  /** Configured GPUs ({@code gpu} GRES of any type). */
  public int gpus() {
    return Gres.total(gres, "gpu");
  }

  /** The type of the node's first typed {@code gpu} GRES ({@code h100}), or null. */
  public String gpuType() {
    return gres.stream().filter(g -> g.name().equals("gpu") && g.type() != null).map(Gres::type).findFirst()
        .orElse(null);
  }

  /** GPUs held by jobs. */
  public int gpusUsed() {
    return Gres.total(gresUsed, "gpu");
  }

  /** False when the node is down, drained, draining, failed, reserved, powered down or otherwise closed to new jobs. */
  public boolean available() {
    return states.stream().noneMatch(UNAVAILABLE::contains);
  }

  /** True when no CPU is left, so its GPUs cannot take a new job either. */
  public boolean fullyAllocated() {
    return states.contains("ALLOCATED") || (cpus > 0 && allocatedCpus >= cpus);
  }

  /** The states as Slurm would print them, e.g. {@code IDLE+DRAIN}. */
  public String stateText() {
    return String.join("+", new TreeSet<>(states));
  }
}
