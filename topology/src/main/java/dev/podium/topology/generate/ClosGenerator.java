package dev.podium.topology.generate;

import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.FabricBuilder;
import dev.podium.topology.fabric.LinkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jgrapht.alg.util.UnionFind;

/**
 * Builds a CLOS / fat-tree {@link Fabric} from a {@link ClosSpec}.
 *
 * <p>Levels are {@code gpu}, {@code host}, then one level per tier. Each accelerator links to its
 * host vertex (scale-up) and, through its NIC, to a leaf switch of its first-tier domain. A switch's
 * uplink capacity is its downlink capacity divided by the tier's oversubscription. When that is a
 * whole number {@code u} of uplink ports, fewer than the parent domain's switches, and a domain's
 * cables spread evenly over those parents, switch {@code i} of each domain takes one cable to each
 * parent of plane {@code i} (parents {@code i*u .. i*u+u-1}, wrapping), as in a k-ary fat tree.
 * Otherwise every switch links to every parent switch, the capacity split evenly (whole cables
 * where that divides evenly, else one link at the exact rate).
 *
 * <p>NICs must spread evenly over the leaf switches of a domain (every leaf gets the same uplinks),
 * and the leaves of one domain must be joined, through a common parent or through the NICs of a
 * host (a rail-only single tier relies on the hosts); other specs are refused.
 */
public final class ClosGenerator {

  private final ClosSpec spec;
  private final int tierCount;
  private final int[] switchesPerDomain;
  private final double[] downGbpsPerDomain;
  private final LinkModel[] uplinkPerPair;
  private final int[] uplinkLanes;
  private final int[] planePorts;
  private final String hostFormat;
  private final String[] switchFormat;
  private final String[] domainFormat;
  private final int[] switchesMade;
  private final int[] domainsMade;
  private final long lastLeafDomain;
  private FabricBuilder builder;
  private int hostsMade;
  private long leafDomainsMade;

  private ClosGenerator(ClosSpec spec) {
    this.spec = spec;
    List<ClosTier> tiers = spec.tiers();
    this.tierCount = tiers.size();
    this.switchesPerDomain = new int[tierCount];
    this.downGbpsPerDomain = new double[tierCount];
    this.uplinkPerPair = new LinkModel[tierCount];
    this.uplinkLanes = new int[tierCount];
    this.planePorts = new int[tierCount];
    this.switchFormat = new String[tierCount];
    this.domainFormat = new String[tierCount];
    this.switchesMade = new int[tierCount];
    this.domainsMade = new int[tierCount];

    long domainsAtTier = 1;
    long[] domainCounts = new long[tierCount];
    for (int t = tierCount - 1; t >= 0; t--) {
      domainCounts[t] = domainsAtTier;
      domainsAtTier *= tiers.get(t).children();
    }
    double down = tiers.get(0).children() * (double) spec.acceleratorsPerHost() * spec.nic().gbpsPerDirection();
    for (int t = 0; t < tierCount; t++) {
      ClosTier tier = tiers.get(t);
      double up = t + 1 < tierCount ? down / tier.oversubscription() : 0;
      downGbpsPerDomain[t] = down;
      double ports = (down + up) / tier.switchModel().portGbps();
      int switches = tier.switches() > 0 ? tier.switches() : (int) Math.ceil(ports / tier.switchModel().radix() - 1e-9);
      double portsPerSwitch = ports / switches;
      if (portsPerSwitch > tier.switchModel().radix() + 1e-6) {
        throw new IllegalArgumentException(String.format(
            "tier %s: each of %d %s switches needs %.1f ports but the %s has %d",
            tier.level(), switches, tier.switchTier(), portsPerSwitch, tier.switchModel().name(),
            tier.switchModel().radix()));
      }
      switchesPerDomain[t] = switches;
      if (t + 1 < tierCount) {
        down = tiers.get(t + 1).children() * up;
      }
      switchFormat[t] = tier.switchTier() + "%0" + digits(domainCounts[t] * switches) + "d";
      domainFormat[t] = tier.level() + "%0" + digits(domainCounts[t]) + "d";
    }
    for (int t = 0; t + 1 < tierCount; t++) {
      ClosTier tier = tiers.get(t);
      int parents = switchesPerDomain[t + 1];
      double up = downGbpsPerDomain[t] / tier.oversubscription() / switchesPerDomain[t];
      double ports = up / tier.uplink().gbpsPerDirection();
      boolean whole = Math.abs(ports - Math.rint(ports)) < 1e-9 && ports >= 1;
      if (whole && ports < parents) {
        if ((long) switchesPerDomain[t] * (long) Math.rint(ports) < parents) {
          throw new IllegalArgumentException(String.format(
              "tier %s: %d switches with %d uplinks each cannot reach all %d %s switches of the"
                  + " parent domain", tier.level(), switchesPerDomain[t], (int) Math.rint(ports),
              parents, tiers.get(t + 1).switchTier()));
        }
        // Planes are used only where they load every parent alike; otherwise every switch
        // reaches every parent below.
        if ((long) switchesPerDomain[t] * (long) Math.rint(ports) % parents == 0) {
          planePorts[t] = (int) Math.rint(ports);
          uplinkPerPair[t] = tier.uplink();
          uplinkLanes[t] = 1;
          continue;
        }
      }
      double perPair = up / parents;
      double cables = perPair / tier.uplink().gbpsPerDirection();
      if (Math.abs(cables - Math.rint(cables)) < 1e-9 && cables >= 1) {
        uplinkPerPair[t] = tier.uplink();
        uplinkLanes[t] = (int) Math.rint(cables);
      } else {
        uplinkPerPair[t] = tier.uplink().withGbps(perPair);
        uplinkLanes[t] = 1;
      }
    }
    this.hostFormat = "node%0" + digits(spec.hostSlots()) + "d";
    this.lastLeafDomain = domainCounts[0] - 1;
    checkNicsSpreadEvenly();
    checkLeavesJoined();
  }

  /**
   * Refuses a spec whose NICs would load some leaf switches more than others: every leaf gets the
   * same uplinks, sized for an even share of the domain's NICs, so an uneven share would make the
   * fabric's per-level bandwidth more than the busiest leaves can carry.
   */
  private void checkNicsSpreadEvenly() {
    int leaves = switchesPerDomain[0];
    ClosTier tier = spec.tiers().get(0);
    int perHost = spec.acceleratorsPerHost();
    if (spec.railOptimized()) {
      checkEven(perHost, "a host", leaves, tier);
    } else {
      checkEven(tier.children() * perHost, "a domain", leaves, tier);
      checkEven((tier.children() - spec.emptyHostSlots()) * perHost, "the domain with empty host slots", leaves,
          tier);
    }
  }

  private static void checkEven(int nics, String of, int leaves, ClosTier tier) {
    if (nics % leaves != 0) {
      throw new IllegalArgumentException(String.format(
          "tier %s: the %d NICs of %s do not spread evenly over its %d %s switches, yet every"
              + " switch gets the same uplinks; make the NICs a multiple of the switches",
          tier.level(), nics, of, leaves, tier.switchTier()));
    }
  }

  /**
   * Refuses a spec whose leaf switches of one domain are joined neither through a common parent
   * switch nor through the NICs of a host, which would split the fabric. Checked on the leaf domain
   * with the fewest hosts; the tiers above join whatever the leaves join.
   */
  private void checkLeavesJoined() {
    int leaves = switchesPerDomain[0];
    int parents = tierCount > 1 ? switchesPerDomain[1] : 0;
    int hosts = spec.tiers().get(0).children() - spec.emptyHostSlots();
    UnionFind<Integer> joined = new UnionFind<>(new HashSet<>());
    for (int v = 0; v < leaves + parents; v++) {
      joined.addElement(v);
    }
    for (int h = 0; h < hosts; h++) {
      for (int i = 1; i < spec.acceleratorsPerHost(); i++) {
        joined.union(leafOf(h, 0, leaves), leafOf(h, i, leaves));
      }
    }
    for (int leaf = 0; leaf < leaves && parents > 0; leaf++) {
      int ports = planePorts[0] > 0 ? planePorts[0] : parents;
      for (int j = 0; j < ports; j++) {
        joined.union(leaf, leaves + (leaf * ports + j) % parents);
      }
    }
    for (int leaf = 1; leaf < leaves; leaf++) {
      if (!joined.inSameSet(0, leaf)) {
        ClosTier tier = spec.tiers().get(0);
        throw new IllegalArgumentException(String.format(
            "tier %s: its %d %s switches per domain are joined neither by the tier above nor through"
                + " the NICs of the domain's %d hosts (%s %d is cut off from %s 0)",
            tier.level(), leaves, tier.switchTier(), hosts, tier.switchTier(), leaf, tier.switchTier()));
      }
    }
  }

  /** The leaf, among {@code leaves}, that accelerator {@code i} of host {@code hostInDomain} links to. */
  private int leafOf(int hostInDomain, int i, int leaves) {
    return spec.railOptimized() ? i % leaves : (hostInDomain * spec.acceleratorsPerHost() + i) % leaves;
  }

  /** Builds the fabric described by {@code spec}. */
  public static Fabric build(ClosSpec spec) {
    return new ClosGenerator(spec).build();
  }

  private Fabric build() {
    List<String> levels = new ArrayList<>();
    levels.add("gpu");
    levels.add("host");
    for (ClosTier tier : spec.tiers()) {
      levels.add(tier.level());
    }
    builder = new FabricBuilder(spec.name(), spec.accelerator(), levels, 1);
    buildDomain(tierCount - 1);
    return builder.build();
  }

  /** Builds the open domain of tier {@code t}; returns its switches. */
  private int[] buildDomain(int t) {
    ClosTier tier = spec.tiers().get(t);
    int level = t + 2;
    int[] switches = new int[switchesPerDomain[t]];
    for (int s = 0; s < switches.length; s++) {
      switches[s] = builder.addSwitch(level, tier.switchTier(), tier.switchModel(),
          String.format(switchFormat[t], switchesMade[t]++));
    }
    if (t == 0) {
      int hosts = tier.children() - (leafDomainsMade == lastLeafDomain ? spec.emptyHostSlots() : 0);
      leafDomainsMade++;
      for (int h = 0; h < hosts; h++) {
        buildHost(h, switches);
      }
      return switches;
    }
    for (int c = 0; c < tier.children(); c++) {
      builder.open(level - 1, String.format(domainFormat[t - 1], domainsMade[t - 1]++));
      int[] childSwitches = buildDomain(t - 1);
      builder.close(level - 1);
      linkUp(t - 1, childSwitches, switches);
    }
    return switches;
  }

  private void linkUp(int childTier, int[] children, int[] parents) {
    int ports = planePorts[childTier];
    for (int i = 0; i < children.length; i++) {
      if (ports > 0) {
        for (int j = 0; j < ports; j++) {
          builder.link(children[i], parents[(i * ports + j) % parents.length], LinkKind.FABRIC,
              uplinkPerPair[childTier], 1);
        }
      } else {
        for (int parent : parents) {
          builder.link(children[i], parent, LinkKind.FABRIC, uplinkPerPair[childTier], uplinkLanes[childTier]);
        }
      }
    }
  }

  private void buildHost(int hostInDomain, int[] leaves) {
    builder.open(1, String.format(hostFormat, hostsMade++));
    int host = builder.currentHost();
    int perHost = spec.acceleratorsPerHost();
    for (int i = 0; i < perHost; i++) {
      int accelerator = builder.addAccelerator();
      builder.link(accelerator, host, LinkKind.SCALE_UP, spec.scaleUp(), 1);
      builder.link(accelerator, leaves[leafOf(hostInDomain, i, leaves.length)], LinkKind.NIC, spec.nic(), 1);
    }
    builder.close(1);
  }

  private static int digits(long count) {
    return Math.max(1, Long.toString(Math.max(0, count - 1)).length());
  }
}
