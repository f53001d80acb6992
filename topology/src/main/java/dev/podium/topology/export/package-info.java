/**
 * Exporters that write a {@link dev.podium.topology.fabric.Fabric} in the formats other tools read:
 * DOT and GraphML (graph tools, via jgrapht-io), Podium's JSON, Slurm {@code topology.conf} for the
 * tree and block plugins, and Kubernetes objects (node labels, a Kueue {@code Topology}, Volcano
 * {@code HyperNode}s). {@link dev.podium.topology.export.Exporters} finds them by format name. Every
 * exporter writes the same bytes for the same fabric.
 */
package dev.podium.topology.export;
