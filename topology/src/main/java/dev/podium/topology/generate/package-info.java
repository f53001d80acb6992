/**
 * Fabric generators and named presets: a CLOS / fat-tree generator with any number of switch tiers
 * (which also builds Meta's 24K clusters, DGX SuperPODs and GB200 NVL72 systems), a TPU torus-pod
 * generator with 4x4x4 cubes joined by optical circuit switches, and a tree generator for custom
 * hierarchies of named domains with any fan-out; parameters fail with a {@code FieldException} that
 * names the field.
 */
package dev.podium.topology.generate;
