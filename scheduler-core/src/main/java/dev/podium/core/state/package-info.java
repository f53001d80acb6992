/**
 * Mutable cluster state: which accelerators are free, healthy and held by which job, with a
 * free-capacity index over the locality tree (free counts per domain, updated in O(levels) per
 * accelerator) so that "smallest domain with k free" and best-fit queries stay cheap at 100k+
 * accelerators.
 */
package dev.podium.core.state;
