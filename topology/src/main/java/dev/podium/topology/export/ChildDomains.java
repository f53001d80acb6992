package dev.podium.topology.export;

import dev.podium.topology.fabric.Fabric;
import java.util.ArrayList;
import java.util.List;

/**
 * The domains of a lower level inside one domain, as the id range {@code first .. end-1}: domains are
 * contiguous accelerator ranges, so a domain's children are contiguous too.
 *
 * @param level the lower level
 * @param first first child domain
 * @param end one past the last child domain
 */
record ChildDomains(int level, int first, int end) {

  /** The domains of {@code childLevel} inside domain {@code domain} of {@code level}. */
  static ChildDomains of(Fabric fabric, int level, int domain, int childLevel) {
    int firstAccelerator = fabric.firstMember(level, domain);
    int lastAccelerator = firstAccelerator + fabric.memberCount(level, domain) - 1;
    return new ChildDomains(childLevel, fabric.domainOf(firstAccelerator, childLevel),
        fabric.domainOf(lastAccelerator, childLevel) + 1);
  }

  /** Number of child domains. */
  int count() {
    return end - first;
  }

  /** The child domains' names, in id order. */
  List<String> names(Fabric fabric) {
    List<String> names = new ArrayList<>(count());
    for (int d = first; d < end; d++) {
      names.add(fabric.domainName(level, d));
    }
    return names;
  }
}
