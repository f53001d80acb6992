package dev.podium.topology.fabric;

/** What a fabric link carries. */
public enum LinkKind {
  /** Accelerator to its scale-up domain (NVLink), or chip-to-chip (ICI). */
  SCALE_UP,
  /** Accelerator NIC to the first switch tier. */
  NIC,
  /** Switch to switch. */
  FABRIC,
  /** Accelerator or switch to an optical circuit switch port. */
  OPTICAL,
  /** Host CPU to accelerator (PCIe). */
  HOST_IO
}
