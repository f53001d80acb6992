package dev.podium.topology.generate;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Fabric} from a {@link TreeSpec}, depth first in declaration order so that every
 * domain is a contiguous accelerator range.
 *
 * <p>Each accelerator links to its host vertex (scale-up) and through its NIC to the logical switch
 * of its host's leaf domain. Each other domain switch links to its parent's switch with the domain's
 * downlink capacity divided by its level's oversubscription: as whole cables of the level's uplink
 * type when that divides evenly, else one link at the exact rate.
 */
public final class TreeGenerator {

  private final TreeSpec spec;
  private final ListMultimap<String, TreeDomain> childDomains = ArrayListMultimap.create();
  private final ListMultimap<String, TreeHost> childHosts = ArrayListMultimap.create();
  private FabricBuilder builder;

  private TreeGenerator(TreeSpec spec) {
    this.spec = spec;
    for (TreeDomain domain : spec.domains()) {
      if (domain.parent() != null) {
        childDomains.put(domain.parent(), domain);
      }
    }
    for (TreeHost host : spec.hosts()) {
      childHosts.put(host.parent(), host);
    }
  }

  /** Builds the fabric described by {@code spec}. */
  public static Fabric build(TreeSpec spec) {
    return new TreeGenerator(spec).build();
  }

  private Fabric build() {
    List<String> levels = new ArrayList<>();
    levels.add(spec.acceleratorLevel());
    levels.add(spec.hostLevel());
    spec.tiers().forEach(tier -> levels.add(tier.level()));
    builder = new FabricBuilder(spec.name(), spec.accelerator(), levels, 1);
    int top = spec.tiers().size() - 1;
    TreeDomain root = spec.root();
    TreeTier topTier = spec.tiers().get(top);
    int rootSwitch = builder.addSwitch(top + 2, topTier.level(), topTier.switchModel(), root.name());
    fill(root, top, rootSwitch);
    return builder.build();
  }

  /** Builds the children of the open domain of tier {@code t}; returns its downlink Gb/s. */
  private double fill(TreeDomain domain, int t, int domainSwitch) {
    double down = 0;
    if (t == 0) {
      for (TreeHost host : childHosts.get(domain.name())) {
        down += buildHost(host, domainSwitch);
      }
      return down;
    }
    TreeTier childTier = spec.tiers().get(t - 1);
    int childLevel = t + 1;
    for (TreeDomain child : childDomains.get(domain.name())) {
      builder.open(childLevel, child.name());
      int childSwitch = builder.addSwitch(childLevel, childTier.level(), childTier.switchModel(), child.name());
      double up = fill(child, t - 1, childSwitch) / childTier.oversubscription();
      builder.close(childLevel);
      linkUp(childSwitch, domainSwitch, childTier.uplink(), up);
      down += up;
    }
    return down;
  }

  private double buildHost(TreeHost host, int leafSwitch) {
    builder.open(1, host.name());
    int hostVertex = builder.currentHost();
    for (int i = 0; i < host.accelerators(); i++) {
      int accelerator = builder.addAccelerator();
      builder.link(accelerator, hostVertex, LinkKind.SCALE_UP, spec.scaleUp(), 1);
      builder.link(accelerator, leafSwitch, LinkKind.NIC, spec.nic(), 1);
    }
    builder.close(1);
    return host.accelerators() * spec.nic().gbpsPerDirection();
  }

  private void linkUp(int child, int parent, LinkModel uplink, double gbps) {
    double cables = gbps / uplink.gbpsPerDirection();
    if (cables >= 1 && Math.abs(cables - Math.rint(cables)) < 1e-9) {
      builder.link(child, parent, LinkKind.FABRIC, uplink, (int) Math.rint(cables));
    } else {
      builder.link(child, parent, LinkKind.FABRIC, uplink.withGbps(gbps), 1);
    }
  }
}
