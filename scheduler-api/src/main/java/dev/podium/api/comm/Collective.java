package dev.podium.api.comm;

/**
 * A communication pattern within a group of ranks. For each, {@link Traffic#messageBytes()} is the
 * buffer of one call as the framework sees it: the full tensor for {@link #ALL_REDUCE}, the gathered
 * output for {@link #ALL_GATHER}, the input for {@link #REDUCE_SCATTER}, what one rank sends in
 * total for {@link #ALL_TO_ALL}, and what one rank sends to the next for {@link #SEND_RECV}.
 */
public enum Collective {
  ALL_REDUCE,
  ALL_GATHER,
  REDUCE_SCATTER,
  ALL_TO_ALL,
  /** Point to point along the group's order (pipeline stage i to i+1 and back). */
  SEND_RECV
}
