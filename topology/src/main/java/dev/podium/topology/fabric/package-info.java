/**
 * The immutable {@link dev.podium.topology.fabric.Fabric}: a graph of typed vertices (accelerators,
 * hosts, switches, optical circuit switches) and links with capacities, plus the locality tree that
 * implements the scheduler API's {@code TopologyView}. Everything is stored as dense {@code int} ids
 * and primitive arrays; the JGraphT view is built on demand over the same ids.
 */
package dev.podium.topology.fabric;
