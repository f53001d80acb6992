/**
 * What a finished run is checked against: {@link dev.podium.sim.report.RunInvariants} (every job
 * ends once, times in order, utilization at most 1).
 */
package dev.podium.sim.report;
