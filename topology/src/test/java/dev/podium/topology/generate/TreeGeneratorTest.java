package dev.podium.topology.generate;

import static dev.podium.topology.catalog.HardwareCatalog.H100;
import static dev.podium.topology.catalog.HardwareCatalog.NVLINK4;
import static dev.podium.topology.catalog.HardwareCatalog.ROCE_400G;
import static dev.podium.topology.catalog.HardwareCatalog.SN5600;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.fabric.LinkKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TreeGeneratorTest {

  private static final List<TreeTier> TIERS = List.of(
      new TreeTier("tor", SN5600, ROCE_400G, 1.0),
      new TreeTier("pod", SN5600, ROCE_400G, 2.0),
      new TreeTier("core", SN5600, null, 1.0));

  /** Pod a: tor a1 with 2 hosts of 8, tor a2 with 3 hosts of 8; pod b: tor b1 with 1 host of 4. */
  private static final List<TreeDomain> DOMAINS = List.of(
      new TreeDomain("core", "core", null),
      new TreeDomain("a", "pod", "core"),
      new TreeDomain("b", "pod", "core"),
      new TreeDomain("a1", "tor", "a"),
      new TreeDomain("a2", "tor", "a"),
      new TreeDomain("b1", "tor", "b"));

  private static final List<TreeHost> HOSTS = List.of(
      new TreeHost("h0", "a1", 8),
      new TreeHost("h1", "a1", 8),
      new TreeHost("h2", "a2", 8),
      new TreeHost("h3", "a2", 8),
      new TreeHost("h4", "a2", 8),
      new TreeHost("h5", "b1", 4));

  @Test
  void buildsNonUniformFanOutWithContiguousDomains() {
    Fabric fabric = TreeGenerator.build(spec(TIERS, DOMAINS, HOSTS));

    assertThat(fabric.acceleratorCount()).isEqualTo(44);
    assertThat(fabric.hostCount()).isEqualTo(6);
    assertThat(fabric.levels()).extracting(l -> l.name()).containsExactly("gpu", "host", "tor", "pod", "core");
    assertThat(fabric.domainCount(2)).isEqualTo(3);
    assertThat(fabric.memberCount(2, 0)).isEqualTo(16);
    assertThat(fabric.memberCount(2, 1)).isEqualTo(24);
    assertThat(fabric.memberCount(2, 2)).isEqualTo(4);
    assertThat(fabric.firstMember(3, 1)).isEqualTo(40);
    assertThat(fabric.domainName(3, 1)).isEqualTo("b");
    assertThat(fabric.domainName(1, 5)).isEqualTo("h5");
    assertThat(fabric.domainOf(43, 3)).isEqualTo(1);
    assertThat(fabric.switchesPerTier()).containsEntry("tor", 3).containsEntry("pod", 2).containsEntry("core", 1);
  }

  @Test
  void uplinksCarryTheDownlinkCapacityOverTheOversubscription() {
    Fabric fabric = TreeGenerator.build(spec(TIERS, DOMAINS, HOSTS));

    // tor a2: 24 NICs x 400G at 1:1 -> 24 cables to pod a; pod a: 40 x 400G at 1:2 -> 20 cables to core.
    assertThat(lanesBetween(fabric, "a2", "a")).isEqualTo(24);
    assertThat(lanesBetween(fabric, "a", "core")).isEqualTo(20);
    assertThat(lanesBetween(fabric, "b", "core")).isEqualTo(2);
    assertThat(fabric.levels().get(4).oversubscription()).isCloseTo(2.0, within(1e-9));
    assertThat(fabric.levels().get(3).oversubscription()).isCloseTo(1.0, within(1e-9));
    assertThat(fabric.levels().get(4).bandwidthBytesPerSecond()).isCloseTo(25e9, within(1.0));
    assertThat(fabric.levels().get(1).bandwidthBytesPerSecond()).isCloseTo(450e9, within(1.0));
    long nics = countKind(fabric, LinkKind.NIC);
    assertThat(nics).isEqualTo(44);
    assertThat(countKind(fabric, LinkKind.SCALE_UP)).isEqualTo(44);
  }

  @Test
  void anUplinkThatIsNotWholeCablesIsOneLinkAtTheExactRate() {
    List<TreeTier> tiers = List.of(new TreeTier("tor", null, ROCE_400G, 3.0), new TreeTier("core", null, null, 1.0));
    Fabric fabric = TreeGenerator.build(spec(tiers,
        List.of(new TreeDomain("core", "core", null), new TreeDomain("t", "tor", "core")),
        List.of(new TreeHost("h", "t", 2))));

    int link = linkBetween(fabric, "t", "core");
    assertThat(fabric.linkLanes(link)).isEqualTo(1);
    assertThat(fabric.linkModel(link).gbpsPerDirection()).isCloseTo(800.0 / 3, within(1e-9));
    assertThat(fabric.switchModel(fabric.linkSource(link))).isNull();
  }

  @Test
  void sameSpecGivesTheSameFabric() {
    Fabric a = TreeGenerator.build(spec(TIERS, DOMAINS, HOSTS));
    Fabric b = TreeGenerator.build(spec(TIERS, DOMAINS, HOSTS));

    assertThat(a.vertexCount()).isEqualTo(b.vertexCount());
    for (int v = 0; v < a.vertexCount(); v++) {
      assertThat(a.vertexName(v)).isEqualTo(b.vertexName(v));
    }
    for (int e = 0; e < a.linkCount(); e++) {
      assertThat(List.of(a.linkSource(e), a.linkTarget(e), a.linkLanes(e)))
          .isEqualTo(List.of(b.linkSource(e), b.linkTarget(e), b.linkLanes(e)));
    }
  }

  @Test
  void rejectsACycleInParentReferences() {
    List<TreeDomain> domains = new ArrayList<>(DOMAINS);
    domains.add(new TreeDomain("x", "pod", "y"));
    domains.add(new TreeDomain("y", "pod", "x"));

    assertThatThrownBy(() -> spec(TIERS, domains, HOSTS))
        .isInstanceOf(FieldException.class)
        .hasMessage("domains[6].parent: cycle in parent references: x -> y -> x");
  }

  @Test
  void rejectsADomainThatIsItsOwnParent() {
    List<TreeDomain> domains = new ArrayList<>(DOMAINS);
    domains.set(5, new TreeDomain("b1", "tor", "b1"));

    assertThatThrownBy(() -> spec(TIERS, domains, HOSTS))
        .hasMessage("domains[5].parent: cycle in parent references: b1 -> b1");
  }

  @Test
  void rejectsAnUnknownParent() {
    List<TreeHost> hosts = new ArrayList<>(HOSTS);
    hosts.set(2, new TreeHost("h2", "a9", 8));

    assertThatThrownBy(() -> spec(TIERS, DOMAINS, hosts))
        .hasMessage("hosts[2].parent: unknown parent 'a9' (host 'h2')");
  }

  @Test
  void rejectsDuplicateNamesAcrossDomainsAndHosts() {
    List<TreeHost> hosts = new ArrayList<>(HOSTS);
    hosts.set(3, new TreeHost("a1", "a2", 8));

    assertThatThrownBy(() -> spec(TIERS, DOMAINS, hosts))
        .hasMessage("hosts[3].name: duplicate name 'a1', first used at domains[3]");
  }

  @Test
  void rejectsAHostWhoseParentIsNotAtTheLeafLevel() {
    List<TreeHost> hosts = new ArrayList<>(HOSTS);
    hosts.set(5, new TreeHost("h5", "b", 4));

    assertThatThrownBy(() -> spec(TIERS, DOMAINS, hosts))
        .hasMessage("hosts[5].parent: 'b' is a pod, but host 'h5' must hang from a tor (the leaf level)");
  }

  @Test
  void rejectsADomainWithoutAccelerators() {
    List<TreeDomain> domains = new ArrayList<>(DOMAINS);
    domains.add(new TreeDomain("b2", "tor", "b"));

    assertThatThrownBy(() -> spec(TIERS, domains, HOSTS))
        .hasMessage("domains[6]: tor 'b2' holds no accelerators: no host below it");
  }

  @Test
  void rejectsZeroAndNegativeCountsAndRatios() {
    assertThatThrownBy(() -> new TreeHost("h", "t", 0)).hasMessage("accelerators: must be >= 1, was 0 (host 'h')");
    assertThatThrownBy(() -> new TreeTier("tor", null, ROCE_400G, -1))
        .hasMessage("oversubscription: must be > 0, was -1 (level 'tor')");
  }

  @Test
  void rejectsAParentAtTheWrongLevel() {
    List<TreeDomain> domains = new ArrayList<>(DOMAINS);
    domains.set(5, new TreeDomain("b1", "tor", "core"));

    assertThatThrownBy(() -> spec(TIERS, domains, HOSTS))
        .hasMessage("domains[5].parent: 'core' is a core, but the parent of tor 'b1' must be a pod");
  }

  @Test
  void rejectsASecondTopDomainAndAMissingOne() {
    List<TreeDomain> two = new ArrayList<>(DOMAINS);
    two.add(new TreeDomain("core2", "core", null));
    assertThatThrownBy(() -> spec(TIERS, two, HOSTS))
        .hasMessage("domains[6].level: a second core domain 'core2' (the first is 'core'); the top level has"
            + " exactly one domain");

    List<TreeDomain> none = new ArrayList<>(DOMAINS.subList(1, DOMAINS.size()));
    assertThatThrownBy(() -> spec(TIERS, none, HOSTS))
        .hasMessage("domains[0].parent: unknown parent 'core' (domain 'a')");
  }

  @Test
  void rejectsUplinksOnTheTopAndOversubscribedTop() {
    List<TreeTier> tiers = List.of(TIERS.get(0), TIERS.get(1), new TreeTier("core", SN5600, null, 3.0));
    assertThatThrownBy(() -> spec(tiers, DOMAINS, HOSTS))
        .hasMessage("tiers[2].oversubscription: the top level has no uplinks, so it must be 1, was 3");
  }

  @Property(tries = 50)
  void everyDomainHoldsItsHostsInDeclarationOrder(
      @ForAll @Size(min = 1, max = 4) List<@Size(min = 1, max = 5) List<@IntRange(min = 1, max = 8) Integer>> pods) {
    List<TreeDomain> domains = new ArrayList<>(List.of(new TreeDomain("core", "core", null)));
    List<TreeHost> hosts = new ArrayList<>();
    List<Integer> torSizes = new ArrayList<>();
    for (int p = 0; p < pods.size(); p++) {
      domains.add(new TreeDomain("p" + p, "pod", "core"));
      List<Integer> tors = pods.get(p);
      for (int t = 0; t < tors.size(); t++) {
        String tor = "p" + p + "t" + t;
        domains.add(new TreeDomain(tor, "tor", "p" + p));
        for (int h = 0; h < tors.get(t); h++) {
          hosts.add(new TreeHost(tor + "h" + h, tor, 1 + (h % 3)));
        }
        torSizes.add(hosts.stream().filter(x -> x.parent().equals(tor)).mapToInt(TreeHost::accelerators).sum());
      }
    }
    Fabric fabric = TreeGenerator.build(spec(TIERS, domains, hosts));

    assertThat(fabric.domainCount(2)).isEqualTo(torSizes.size());
    int first = 0;
    for (int d = 0; d < torSizes.size(); d++) {
      assertThat(fabric.firstMember(2, d)).isEqualTo(first);
      assertThat(fabric.memberCount(2, d)).isEqualTo(torSizes.get(d));
      first += torSizes.get(d);
    }
    assertThat(fabric.acceleratorCount()).isEqualTo(first);
    assertThat(fabric.domainCount(3)).isEqualTo(pods.size());
  }

  private static TreeSpec spec(List<TreeTier> tiers, List<TreeDomain> domains, List<TreeHost> hosts) {
    return new TreeSpec("lab", H100, "gpu", "host", NVLINK4, ROCE_400G, tiers, domains, hosts);
  }

  private static int lanesBetween(Fabric fabric, String a, String b) {
    return fabric.linkLanes(linkBetween(fabric, a, b));
  }

  private static int linkBetween(Fabric fabric, String a, String b) {
    for (int e = 0; e < fabric.linkCount(); e++) {
      String s = fabric.vertexName(fabric.linkSource(e));
      String t = fabric.vertexName(fabric.linkTarget(e));
      if (s.equals(a) && t.equals(b) || s.equals(b) && t.equals(a)) {
        return e;
      }
    }
    throw new AssertionError("no link " + a + " - " + b);
  }

  private static long countKind(Fabric fabric, LinkKind kind) {
    long n = 0;
    for (int e = 0; e < fabric.linkCount(); e++) {
      if (fabric.linkKind(e) == kind) {
        n++;
      }
    }
    return n;
  }
}
