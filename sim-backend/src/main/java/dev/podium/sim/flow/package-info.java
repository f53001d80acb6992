/**
 * Flow-level network mode: a job's collectives (or any explicit set of transfers) routed onto the
 * fabric's links and timed step by step, for validation and small what-ifs.
 *
 * <p>{@link dev.podium.sim.flow.TransferSet} holds point-to-point transfers grouped into
 * collectives; {@link dev.podium.sim.flow.FlowRouter} splits each transfer into queue-pair flows
 * and puts every flow on one fewest-hop path under a {@link dev.podium.sim.flow.RoutingMode};
 * {@link dev.podium.sim.flow.FlowShare} shares every directed link max-min fairly between its flows
 * and times each collective; {@link dev.podium.sim.flow.CollectiveReplay} does this for every
 * traffic entry of a communication plan in turn. See {@code docs/VALIDATION.md}, "Flow-level mode".
 */
package dev.podium.sim.flow;
