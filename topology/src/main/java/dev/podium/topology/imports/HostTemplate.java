package dev.podium.topology.imports;

import dev.podium.topology.catalog.AcceleratorModel;
import dev.podium.topology.catalog.LinkModel;
import dev.podium.topology.generate.ClosSpec;
import dev.podium.topology.generate.ClosTier;
import java.util.List;

/**
 * The inside of one host, as a CLOS fabric repeats it: how many accelerators it holds and their
 * per-accelerator scale-up link, plus the NICs the host has.
 *
 * @param acceleratorsPerHost accelerators in the host
 * @param scaleUp per-accelerator link into the host's scale-up fabric
 * @param nics NICs in the host
 * @param nicGbps summed NIC port speed in Gb/s, or 0 when the source gives none
 */
public record HostTemplate(int acceleratorsPerHost, LinkModel scaleUp, int nics, double nicGbps) {

  /** A CLOS of these hosts: everything but the host comes from the arguments, as in {@link ClosSpec}. */
  public ClosSpec closSpec(String name, AcceleratorModel accelerator, LinkModel nic, boolean railOptimized,
      List<ClosTier> tiers, int emptyHostSlots) {
    return new ClosSpec(name, accelerator, acceleratorsPerHost, scaleUp, nic, railOptimized, tiers, emptyHostSlots);
  }
}
