package dev.podium.topology.generate;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import java.util.List;

/**
 * Parameters of a custom hierarchy: a tree of named domains with any fan-out (ToRs with 2 to 8
 * hosts, pods of different sizes). Levels are, innermost first, the accelerator level, the host level
 * and the switch levels of {@code tiers}; the top tier has exactly one domain, the whole fabric. Every
 * non-host domain has one logical switch; {@link TreeGenerator} links each accelerator's NIC to its
 * host's leaf domain switch and each domain switch to its parent's switch.
 *
 * <p>Validation failures are {@link FieldException}s whose field paths ({@code tiers[2].uplink},
 * {@code domains[3].parent}, {@code hosts[7].parent}) index the lists below.
 *
 * @param name fabric name
 * @param accelerator accelerator part of every accelerator
 * @param acceleratorLevel name of level 0, e.g. {@code gpu}
 * @param hostLevel name of level 1, e.g. {@code host}
 * @param scaleUp link from each accelerator to its host's scale-up fabric, per accelerator
 * @param nic link from each accelerator's NIC to its leaf domain's switch
 * @param tiers switch levels from the leaf up to the top
 * @param domains the non-host domains, in the order their children are built
 * @param hosts the hosts, in the order they are numbered within their leaf domains
 */
public record TreeSpec(
    String name,
    AcceleratorModel accelerator,
    String acceleratorLevel,
    String hostLevel,
    LinkModel scaleUp,
    LinkModel nic,
    List<TreeTier> tiers,
    List<TreeDomain> domains,
    List<TreeHost> hosts) {

  /** Checks every rule listed on {@link TreeChecks}. */
  public TreeSpec {
    FieldChecks.name("name", name);
    FieldChecks.required("accelerator", accelerator);
    FieldChecks.name("acceleratorLevel", acceleratorLevel);
    FieldChecks.name("hostLevel", hostLevel);
    FieldChecks.required("scaleUp", scaleUp);
    FieldChecks.required("nic", nic);
    tiers = FieldChecks.elements("tiers", tiers);
    domains = FieldChecks.elements("domains", domains);
    hosts = FieldChecks.elements("hosts", hosts);
    TreeChecks.check(acceleratorLevel, hostLevel, tiers, domains, hosts);
  }

  /** The top tier's one domain: the whole fabric. */
  public TreeDomain root() {
    String top = tiers.get(tiers.size() - 1).level();
    return domains.stream().filter(d -> d.level().equals(top)).findFirst().orElseThrow();
  }

  /** Accelerators in the whole fabric. */
  public long accelerators() {
    return hosts.stream().mapToLong(TreeHost::accelerators).sum();
  }
}
