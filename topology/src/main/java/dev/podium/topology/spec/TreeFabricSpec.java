package dev.podium.topology.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.TreeDomain;
import dev.podium.topology.generate.TreeGenerator;
import dev.podium.topology.generate.TreeHost;
import dev.podium.topology.generate.TreeSpec;
import dev.podium.topology.generate.TreeTier;
import java.util.List;

/**
 * {@code generator: tree}: a custom hierarchy of named domains with any fan-out, mapped onto {@link
 * TreeSpec}. Domains and hosts are written as {@link TreeDomain} ({@code name, level, parent}) and
 * {@link TreeHost} ({@code name, parent, accelerators}).
 *
 * @param name fabric name (required)
 * @param accelerator accelerator catalog key (required)
 * @param acceleratorLevel name of the accelerator level (default {@code gpu})
 * @param hostLevel name of the host level (default {@code host})
 * @param scaleUp link catalog key from each accelerator to its host's scale-up fabric (required)
 * @param nic link catalog key from each accelerator's NIC to its leaf switch (required)
 * @param tiers switch levels from the leaf to the top (at least one)
 * @param domains the non-host domains; exactly one at the top level, without a parent
 * @param hosts the hosts, each under a leaf-level domain
 */
public record TreeFabricSpec(
    String name,
    AcceleratorModel accelerator,
    String acceleratorLevel,
    String hostLevel,
    LinkModel scaleUp,
    LinkModel nic,
    List<Tier> tiers,
    List<TreeDomain> domains,
    List<TreeHost> hosts) implements FabricSpec {

  /** Applies the defaults and checks the whole tree (see {@link TreeSpec}). */
  public TreeFabricSpec {
    acceleratorLevel = acceleratorLevel == null ? "gpu" : acceleratorLevel;
    hostLevel = hostLevel == null ? "host" : hostLevel;
    tiers = FieldChecks.elements("tiers", tiers);
    treeSpec(name, accelerator, acceleratorLevel, hostLevel, scaleUp, nic, tiers, domains, hosts);
  }

  /**
   * One switch level.
   *
   * @param level level name (required)
   * @param switchModel switch catalog key, field {@code switch} (optional: the logical switch's part)
   * @param uplink link catalog key to the parent level's switch (required below the top)
   * @param oversubscription downlink over uplink capacity (default 1; must be 1 on the top)
   */
  public record Tier(String level, @JsonProperty("switch") SwitchModel switchModel, LinkModel uplink,
      Double oversubscription) {

    /** Applies the default and checks the fields. */
    public Tier {
      oversubscription = oversubscription == null ? 1.0 : oversubscription;
      new TreeTier(level, switchModel, uplink, oversubscription);
    }

    TreeTier treeTier() {
      return new TreeTier(level, switchModel, uplink, oversubscription);
    }
  }

  /** The generator parameters this spec stands for. */
  public TreeSpec treeSpec() {
    return treeSpec(name, accelerator, acceleratorLevel, hostLevel, scaleUp, nic, tiers, domains, hosts);
  }

  @Override
  public Fabric build() {
    return TreeGenerator.build(treeSpec());
  }

  private static TreeSpec treeSpec(String name, AcceleratorModel accelerator, String acceleratorLevel,
      String hostLevel, LinkModel scaleUp, LinkModel nic, List<Tier> tiers, List<TreeDomain> domains,
      List<TreeHost> hosts) {
    return new TreeSpec(name, accelerator, acceleratorLevel, hostLevel, scaleUp, nic,
        tiers.stream().map(Tier::treeTier).toList(), domains, hosts);
  }
}
