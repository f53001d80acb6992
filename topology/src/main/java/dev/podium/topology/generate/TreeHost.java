package dev.podium.topology.generate;

/**
 * A host of a {@link TreeSpec}.
 *
 * @param name unique name among all domains and hosts of the tree
 * @param parent the leaf-level domain it hangs from
 * @param accelerators accelerators in the host (its scale-up domain), at least 1
 */
public record TreeHost(String name, String parent, int accelerators) {

  /** Checks the names and the count. */
  public TreeHost {
    FieldChecks.name("name", name);
    FieldChecks.name("parent", parent);
    if (accelerators < 1) {
      throw new FieldException("accelerators", "must be >= 1, was " + accelerators + " (host '" + name + "')");
    }
  }
}
