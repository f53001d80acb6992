package dev.podium.topology.route;

/** Hashing of flow identifiers for ECMP choices, shared by routing and the flow-level simulator. */
public final class FlowHash {

  private FlowHash() {}

  /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
