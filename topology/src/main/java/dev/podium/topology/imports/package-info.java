/**
 * Importers that turn topology files written by other tools into fabrics: the Alibaba Lingjun
 * host-to-switch CSV (through the tree generator), Tiresias cluster specs (a two-tier CLOS) and NCCL
 * topology dumps of one host (a one-host fabric or a host template for the CLOS generator). {@link
 * dev.podium.topology.imports.FabricImports} is the single entry point by format name; every failure
 * is an {@link dev.podium.topology.imports.ImportException} naming the file, the line, the column or
 * element, and the reason.
 */
package dev.podium.topology.imports;
