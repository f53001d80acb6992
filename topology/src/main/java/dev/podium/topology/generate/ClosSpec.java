package dev.podium.topology.generate;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of a CLOS / fat-tree fabric: hosts of {@code acceleratorsPerHost} accelerators joined
 * by a scale-up link, one NIC per accelerator into the first switch tier, and {@code tiers} of
 * switches from the leaf up to the top.
 *
 * @param name fabric name
 * @param accelerator accelerator part
 * @param acceleratorsPerHost accelerators in one host (scale-up domain)
 * @param scaleUp link from each accelerator to its host's scale-up fabric (NVLink), per accelerator
 * @param nic link from each accelerator's NIC to the first tier
 * @param railOptimized when true, accelerator {@code i} of every host connects to leaf switch
 *     {@code i mod switches} of its domain (one rail per local index); otherwise NICs are spread over
 *     the domain's leaf switches in order
 * @param tiers switch tiers from the leaf to the top; the top tier's domain is the whole fabric
 * @param emptyHostSlots host slots of the last leaf domain left empty (e.g. the UFM slot of a DGX
 *     SuperPOD); their leaf ports still count toward the uplinks
 */
public record ClosSpec(
    String name,
    AcceleratorModel accelerator,
    int acceleratorsPerHost,
    LinkModel scaleUp,
    LinkModel nic,
    boolean railOptimized,
    List<ClosTier> tiers,
    int emptyHostSlots) {

  /** Checks the ranges above and that the tiers stack. */
  public ClosSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accelerator, "accelerator");
    Objects.requireNonNull(scaleUp, "scaleUp");
    Objects.requireNonNull(nic, "nic");
    tiers = List.copyOf(tiers);
    if (acceleratorsPerHost < 1) {
      throw new IllegalArgumentException("acceleratorsPerHost must be >= 1, was " + acceleratorsPerHost);
    }
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a CLOS fabric needs at least one switch tier");
    }
    ClosTier topTier = tiers.get(tiers.size() - 1);
    if (topTier.oversubscription() != 1.0) {
      throw new IllegalArgumentException(
          "tier " + topTier.level() + ": the top tier has no uplinks, so its oversubscription must be 1");
    }
    for (int t = 0; t + 1 < tiers.size(); t++) {
      if (tiers.get(t).uplink() == null) {
        throw new IllegalArgumentException("tier " + tiers.get(t).level() + ": uplink link type is required");
      }
    }
    if (emptyHostSlots < 0 || emptyHostSlots >= tiers.get(0).children()) {
      throw new IllegalArgumentException(
          "emptyHostSlots must be in [0, " + tiers.get(0).children() + "), was " + emptyHostSlots);
    }
  }

  /** Host slots in the whole fabric (before empty slots are removed). */
  public long hostSlots() {
    long slots = 1;
    for (ClosTier tier : tiers) {
      slots *= tier.children();
    }
    return slots;
  }

  /** Accelerators in the whole fabric. */
  public long accelerators() {
    return (hostSlots() - emptyHostSlots) * acceleratorsPerHost;
  }
}
