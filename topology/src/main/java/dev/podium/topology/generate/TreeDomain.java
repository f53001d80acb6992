package dev.podium.topology.generate;

/**
 * A named non-host domain of a {@link TreeSpec} (a ToR group, a pod, the core).
 *
 * @param name unique name among all domains and hosts of the tree; also its switch's name
 * @param level the {@link TreeTier#level()} it belongs to
 * @param parent the domain one level up, or null for the one domain of the top level
 */
public record TreeDomain(String name, String level, String parent) {

  /** Checks the names. */
  public TreeDomain {
    FieldChecks.name("name", name);
    FieldChecks.name("level", level);
    if (parent != null) {
      FieldChecks.name("parent", parent);
    }
  }
}
