package dev.podium.benchmarks.report;

import dev.podium.benchmarks.PhillyReplay;

/**
 * The Philly replay and what its child JVM used.
 *
 * @param processSeconds wall time of the whole child JVM, start to exit, as the parent saw it
 */
public record PhillyMeasurement(PhillyReplay.Replay replay, ProcessUsage usage, double processSeconds) {}
