/**
 * Fabric generators and named presets: a CLOS / fat-tree generator with any number of switch tiers
 * (which also builds Meta's 24K clusters, DGX SuperPODs and GB200 NVL72 systems) and a TPU torus-pod
 * generator with 4x4x4 cubes joined by optical circuit switches.
 */
package dev.podium.topology.generate;
