/**
 * The JSON form of a whole {@link dev.podium.topology.fabric.Fabric}: name, accelerator, levels, the
 * locality tree, every host and switch vertex and every link with its link model and lanes. {@link
 * dev.podium.topology.json.FabricJson} writes it deterministically and reads it back by replaying the
 * tree through {@link dev.podium.topology.fabric.FabricBuilder}, so the derived per-level figures are
 * recomputed rather than trusted; a bad document is rejected with its file, JSON path, line and reason.
 */
package dev.podium.topology.json;
