package dev.podium.topology.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.catalog.SwitchModel;
import dev.podium.topology.fabric.Fabric;
import dev.podium.topology.generate.ClosGenerator;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import dev.podium.topology.generate.FieldChecks;
import dev.podium.topology.generate.FieldException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code generator: clos}: a CLOS / fat tree with any number of tiers, mapped onto {@link ClosSpec}.
 *
 * @param name fabric name (required)
 * @param accelerator accelerator catalog key (required)
 * @param acceleratorsPerHost accelerators per host (required, at least 1)
 * @param scaleUp link catalog key from each accelerator to its host's scale-up fabric (required)
 * @param nic link catalog key from each accelerator's NIC to the first tier (required)
 * @param railOptimized accelerator i of every host to leaf i of its domain (default false)
 * @param emptyHostSlots host slots of the last leaf domain left empty (default 0)
 * @param tiers switch tiers from the leaf to the top (at least one)
 */
public record ClosFabricSpec(
    String name,
    AcceleratorModel accelerator,
    Integer acceleratorsPerHost,
    LinkModel scaleUp,
    LinkModel nic,
    Boolean railOptimized,
    Integer emptyHostSlots,
    List<Tier> tiers) implements FabricSpec {

  /** Applies the defaults and checks every field, naming the first that is wrong. */
  public ClosFabricSpec {
    FieldChecks.name("name", name);
    FieldChecks.required("accelerator", accelerator);
    acceleratorsPerHost = FieldChecks.atLeast("acceleratorsPerHost",
        FieldChecks.required("acceleratorsPerHost", acceleratorsPerHost), 1);
    FieldChecks.required("scaleUp", scaleUp);
    FieldChecks.required("nic", nic);
    railOptimized = railOptimized != null && railOptimized;
    emptyHostSlots = FieldChecks.atLeast("emptyHostSlots", emptyHostSlots, 0, 0);
    tiers = FieldChecks.elements("tiers", tiers);
    checkTiers(tiers, acceleratorsPerHost);
    if (emptyHostSlots >= tiers.get(0).children()) {
      throw new FieldException("emptyHostSlots", "must be less than tiers[0].children (" + tiers.get(0).children()
          + "), was " + emptyHostSlots);
    }
  }

  /**
   * One switch tier.
   *
   * @param level name of the level its switches serve, e.g. {@code rack} (required; not {@code gpu}
   *     or {@code host}, which name the two inner levels)
   * @param switchTier name of the switch tier (default: the level name)
   * @param children hosts per domain on the first tier, child domains per domain above (required)
   * @param switches switches per domain; 0 derives the count from the radix (default 0)
   * @param oversubscription downlink over uplink capacity (default 1; must be 1 on the top tier)
   * @param switchModel switch catalog key, field {@code switch} (required)
   * @param radix ports per switch, overriding the catalog part's radix (optional)
   * @param uplink link catalog key to the next tier (required below the top, absent on it)
   */
  public record Tier(
      String level,
      String switchTier,
      Integer children,
      Integer switches,
      Double oversubscription,
      @JsonProperty("switch") SwitchModel switchModel,
      Integer radix,
      LinkModel uplink) {

    /** Applies the defaults and checks every field. */
    public Tier {
      FieldChecks.name("level", level);
      switchTier = switchTier == null ? level : FieldChecks.name("switchTier", switchTier);
      children = FieldChecks.atLeast("children", FieldChecks.required("children", children), 1);
      switches = FieldChecks.atLeast("switches", switches, 0, 0);
      oversubscription = FieldChecks.positive("oversubscription", oversubscription, 1.0);
      FieldChecks.required("switch", switchModel);
      if (radix != null) {
        FieldChecks.atLeast("radix", radix, 2);
        switchModel = new SwitchModel(switchModel.name(), switchModel.description(), radix, switchModel.portGbps(),
            switchModel.source() + "; radix " + radix + " set by a spec file");
      }
    }

    ClosTier closTier() {
      return new ClosTier(level, switchTier, children, switches, oversubscription, switchModel, uplink);
    }
  }

  /** The generator parameters this spec stands for. */
  public ClosSpec closSpec() {
    return new ClosSpec(name, accelerator, acceleratorsPerHost, scaleUp, nic, railOptimized,
        tiers.stream().map(Tier::closTier).toList(), emptyHostSlots);
  }

  @Override
  public Fabric build() {
    try {
      return ClosGenerator.build(closSpec());
    } catch (FieldException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new FieldException("tiers", e.getMessage());
    }
  }

  private static void checkTiers(List<Tier> tiers, int acceleratorsPerHost) {
    if (tiers.isEmpty()) {
      throw new FieldException("tiers", "at least one tier is required");
    }
    Map<String, Integer> levels = new HashMap<>(Map.of("gpu", -1, "host", -1));
    int top = tiers.size() - 1;
    long accelerators = acceleratorsPerHost;
    for (int t = 0; t <= top; t++) {
      Tier tier = tiers.get(t);
      String at = "tiers[" + t + "].";
      Integer first = levels.putIfAbsent(tier.level(), t);
      if (first != null) {
        throw new FieldException(at + "level", "duplicate level name '" + tier.level() + "'"
            + (first < 0 ? " (gpu and host name the two inner levels)" : ", also tiers[" + first + "]"));
      }
      if (t == top) {
        if (tier.oversubscription() != 1.0) {
          throw new FieldException(at + "oversubscription", "the top tier has no uplinks, so it must be 1, was "
              + FieldChecks.number(tier.oversubscription()));
        }
        if (tier.uplink() != null) {
          throw new FieldException(at + "uplink", "the top tier has no uplinks; leave it out");
        }
      } else if (tier.uplink() == null) {
        throw new FieldException(at + "uplink", "required below the top tier");
      }
      accelerators *= tier.children();
      if (accelerators > Integer.MAX_VALUE) {
        throw new FieldException(at + "children", "the fabric would hold more than " + Integer.MAX_VALUE
            + " accelerators");
      }
    }
  }
}
