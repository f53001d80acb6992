/**
 * Fabric spec files: a YAML or JSON document that names a generator ({@code clos}, {@code
 * torus-pod}, {@code preset}, {@code tree}) and its parameters, with hardware parts given by catalog
 * key. {@link dev.podium.topology.spec.FabricSpecs} reads and validates a spec and builds its fabric;
 * every failure is a {@link dev.podium.topology.spec.SpecException} naming the file, the line, the
 * field path and the reason.
 */
package dev.podium.topology.spec;
