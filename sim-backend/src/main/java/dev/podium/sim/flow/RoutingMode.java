package dev.podium.sim.flow;

/** How a flow chooses one of the fewest-hop (equal-cost) paths between its endpoints. */
public enum RoutingMode {

  /**
   * Static ECMP on the flow's 5-tuple: source and destination address (the accelerators), UDP
   * source port, UDP destination port 4791 (RoCEv2), protocol 17, and for E-ECMP the destination
   * queue pair. Each queue pair of a connection draws its own source port and QP number from the
   * seed, so the {@code queuePairs} flows of one connection hash independently. Every vertex with
   * several next hops picks one by the hash mixed with a seed of its own ({@code Routes.ecmpPick}).
   */
  ECMP,

  /**
   * Path pinning by destination slice (Meta's early RoCE clusters, SIG24): the slice of a
   * destination accelerator is its index among the accelerators whose NIC links land on the same
   * leaf switch (the index of the leaf's downlink; the index within its host when it has no leaf
   * switch). At every vertex with {@code k > 1} next hops toward the destination, ordered by link
   * id, the flow takes next hop {@code slice mod k}: a 16-port rack switch sends everything for
   * downlink {@code i} of any rack up uplink {@code i}. The source and the queue pair play no part,
   * so every queue pair of a connection takes the same path.
   */
  PINNED,

  /**
   * Adaptive, least loaded: flows are placed one at a time in transfer order (queue pairs in
   * order), each on the equal-cost path whose busiest link, counting the bytes already placed plus
   * its own over the link's capacity, is least loaded; ties go to the smaller summed load, then to
   * the first path in link-id order. A greedy, deterministic stand-in for per-packet adaptive
   * routing or centralized traffic engineering.
   */
  ADAPTIVE
}
