/**
 * Placement cost: the bytes per optimizer step a placement sends between accelerators whose lowest
 * common level is each locality level, an estimated communication time from the per-level
 * bandwidth (oversubscription included) and latency, the best that dimension-aligned placements
 * achieve on an empty fabric, and an explanation of which groups cross which tier. Formulas are in
 * {@code docs/COMMUNICATION.md}.
 */
package dev.podium.core.cost;
