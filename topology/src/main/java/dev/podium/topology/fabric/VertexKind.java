package dev.podium.topology.fabric;

/** What a fabric vertex is. */
public enum VertexKind {
  /** A GPU or TPU chip; vertex ids {@code 0 .. acceleratorCount()-1}. */
  ACCELERATOR,
  /** A host: its scale-up domain (NVSwitch plane or chip board), one per host-level domain. */
  HOST,
  /** A packet switch of some tier (ToR, leaf, spine, core, ...). */
  SWITCH,
  /** An optical circuit switch. */
  OPTICAL_SWITCH
}
