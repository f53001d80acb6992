/**
 * The hardware catalog: accelerators, links, switches and NVMe drives with their published figures,
 * each entry keeping the source of its numbers (see {@code shared/reference/hardware.md}).
 */
package dev.podium.topology.catalog;
