package dev.podium.topology.generate;

import com.google.common.base.Joiner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The structural rules of a {@link TreeSpec}, checked in this order: at least one switch level;
 * distinct level names; uplinks below the top and none on it; names without {@code /} and unique
 * over domains and hosts; domain levels that exist; parents that exist; no cycle in the parent
 * references; each domain's parent one level up and exactly one top-level domain; hosts under the
 * leaf level; every domain holding an accelerator.
 */
final class TreeChecks {

  private TreeChecks() {}

  static void check(String acceleratorLevel, String hostLevel, List<TreeTier> tiers, List<TreeDomain> domains,
      List<TreeHost> hosts) {
    Map<String, Integer> tierOf = checkLevels(acceleratorLevel, hostLevel, tiers);
    Map<String, Integer> domainIndex = checkNames(domains, hosts);
    int top = tiers.size() - 1;
    for (int i = 0; i < domains.size(); i++) {
      TreeDomain domain = domains.get(i);
      if (!tierOf.containsKey(domain.level())) {
        throw new FieldException(at("domains", i, "level"), "unknown level '" + domain.level() + "' (domain '"
            + domain.name() + "'); the switch levels are " + Joiner.on(", ").join(tierOf.keySet()));
      }
      checkParentExists(at("domains", i, "parent"), "domain", domain.name(), domain.parent(), domainIndex, hosts);
    }
    for (int i = 0; i < hosts.size(); i++) {
      TreeHost host = hosts.get(i);
      checkParentExists(at("hosts", i, "parent"), "host", host.name(), host.parent(), domainIndex, hosts);
    }
    checkAcyclic(domains, domainIndex);
    checkParentLevels(tiers, tierOf, domains, domainIndex, top);
    String leaf = tiers.get(0).level();
    for (int i = 0; i < hosts.size(); i++) {
      TreeHost host = hosts.get(i);
      TreeDomain parent = domains.get(domainIndex.get(host.parent()));
      if (!parent.level().equals(leaf)) {
        throw new FieldException(at("hosts", i, "parent"), "'" + parent.name() + "' is a " + parent.level()
            + ", but host '" + host.name() + "' must hang from a " + leaf + " (the leaf level)");
      }
    }
    checkEveryDomainHoldsAccelerators(domains, hosts, domainIndex);
  }

  private static Map<String, Integer> checkLevels(String acceleratorLevel, String hostLevel, List<TreeTier> tiers) {
    if (tiers.isEmpty()) {
      throw new FieldException("tiers", "at least one switch level is required");
    }
    if (hostLevel.equals(acceleratorLevel)) {
      throw new FieldException("hostLevel", "'" + hostLevel + "' is already the accelerator level");
    }
    Map<String, Integer> tierOf = new LinkedHashMap<>();
    int top = tiers.size() - 1;
    for (int t = 0; t <= top; t++) {
      TreeTier tier = tiers.get(t);
      String level = tier.level();
      if (level.equals(acceleratorLevel) || level.equals(hostLevel) || tierOf.containsKey(level)) {
        throw new FieldException(at("tiers", t, "level"), "duplicate level name '" + level + "'");
      }
      tierOf.put(level, t);
      if (t == top) {
        if (tier.oversubscription() != 1.0) {
          throw new FieldException(at("tiers", t, "oversubscription"), "the top level has no uplinks, so it must"
              + " be 1, was " + FieldChecks.number(tier.oversubscription()));
        }
        if (tier.uplink() != null) {
          throw new FieldException(at("tiers", t, "uplink"), "the top level has no uplinks; leave it out");
        }
      } else if (tier.uplink() == null) {
        throw new FieldException(at("tiers", t, "uplink"), "required below the top level");
      }
    }
    return tierOf;
  }

  /** Checks the names and returns each domain's index by name. */
  private static Map<String, Integer> checkNames(List<TreeDomain> domains, List<TreeHost> hosts) {
    Map<String, String> seen = new HashMap<>();
    Map<String, Integer> domainIndex = new HashMap<>();
    for (int i = 0; i < domains.size(); i++) {
      checkName(seen, "domains[" + i + "]", domains.get(i).name());
      domainIndex.put(domains.get(i).name(), i);
    }
    for (int i = 0; i < hosts.size(); i++) {
      checkName(seen, "hosts[" + i + "]", hosts.get(i).name());
    }
    return domainIndex;
  }

  private static void checkName(Map<String, String> seen, String path, String name) {
    if (name.contains("/")) {
      throw new FieldException(path + ".name", "must not contain '/' (accelerators are named host/index), was '"
          + name + "'");
    }
    String first = seen.putIfAbsent(name, path);
    if (first != null) {
      throw new FieldException(path + ".name", "duplicate name '" + name + "', first used at " + first);
    }
  }

  private static void checkParentExists(String path, String what, String name, String parent,
      Map<String, Integer> domainIndex, List<TreeHost> hosts) {
    if (parent == null || domainIndex.containsKey(parent)) {
      return;
    }
    boolean isHost = hosts.stream().anyMatch(h -> h.name().equals(parent));
    throw new FieldException(path, (isHost ? "parent '" + parent + "' is a host, not a domain"
        : "unknown parent '" + parent + "'") + " (" + what + " '" + name + "')");
  }

  private static void checkAcyclic(List<TreeDomain> domains, Map<String, Integer> domainIndex) {
    Graph<String, DefaultEdge> parents = new DirectedPseudograph<>(DefaultEdge.class);
    domains.forEach(d -> parents.addVertex(d.name()));
    for (TreeDomain domain : domains) {
      if (domain.parent() != null) {
        parents.addEdge(domain.name(), domain.parent());
      }
    }
    CycleDetector<String, DefaultEdge> detector = new CycleDetector<>(parents);
    if (!detector.detectCycles()) {
      return;
    }
    Set<String> onCycles = detector.findCycles();
    for (int i = 0; i < domains.size(); i++) {
      String start = domains.get(i).name();
      if (onCycles.contains(start)) {
        List<String> cycle = new ArrayList<>(List.of(start));
        String next = domains.get(i).parent();
        while (!next.equals(start)) {
          cycle.add(next);
          next = domains.get(domainIndex.get(next)).parent();
        }
        cycle.add(start);
        throw new FieldException(at("domains", i, "parent"),
            "cycle in parent references: " + Joiner.on(" -> ").join(cycle));
      }
    }
  }

  private static void checkParentLevels(List<TreeTier> tiers, Map<String, Integer> tierOf, List<TreeDomain> domains,
      Map<String, Integer> domainIndex, int top) {
    String topLevel = tiers.get(top).level();
    String root = null;
    for (int i = 0; i < domains.size(); i++) {
      TreeDomain domain = domains.get(i);
      int t = tierOf.get(domain.level());
      if (t == top) {
        if (domain.parent() != null) {
          throw new FieldException(at("domains", i, "parent"), "'" + domain.name() + "' is the " + topLevel
              + " domain, the whole fabric; it has no parent");
        }
        if (root != null) {
          throw new FieldException(at("domains", i, "level"), "a second " + topLevel + " domain '" + domain.name()
              + "' (the first is '" + root + "'); the top level has exactly one domain");
        }
        root = domain.name();
        continue;
      }
      String expected = tiers.get(t + 1).level();
      if (domain.parent() == null) {
        throw new FieldException(at("domains", i, "parent"), "required: " + domain.level() + " '" + domain.name()
            + "' needs a " + expected + " parent");
      }
      TreeDomain parent = domains.get(domainIndex.get(domain.parent()));
      if (!parent.level().equals(expected)) {
        throw new FieldException(at("domains", i, "parent"), "'" + parent.name() + "' is a " + parent.level()
            + ", but the parent of " + domain.level() + " '" + domain.name() + "' must be a " + expected);
      }
    }
    if (root == null) {
      throw new FieldException("domains", "no domain at the top level '" + topLevel
          + "'; declare the one domain that is the whole fabric");
    }
  }

  private static void checkEveryDomainHoldsAccelerators(List<TreeDomain> domains, List<TreeHost> hosts,
      Map<String, Integer> domainIndex) {
    if (hosts.isEmpty()) {
      throw new FieldException("hosts", "at least one host is required");
    }
    long[] accelerators = new long[domains.size()];
    for (TreeHost host : hosts) {
      for (String d = host.parent(); d != null; d = domains.get(domainIndex.get(d)).parent()) {
        accelerators[domainIndex.get(d)] += host.accelerators();
      }
    }
    for (int i = 0; i < domains.size(); i++) {
      if (accelerators[i] == 0) {
        throw new FieldException("domains[" + i + "]", domains.get(i).level() + " '" + domains.get(i).name()
            + "' holds no accelerators: no host below it");
      }
      if (accelerators[i] > Integer.MAX_VALUE) {
        throw new FieldException("hosts", "more than " + Integer.MAX_VALUE + " accelerators");
      }
    }
  }

  private static String at(String list, int index, String field) {
    return list + "[" + index + "]." + field;
  }
}
