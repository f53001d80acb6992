/**
 * Measurements of Podium itself: JMH suites (run from the {@code benchmarks.jar} uber jar) for fabric
 * builds, placement decisions and simulator event throughput; footprint probes that report what a
 * built fabric and the scheduler's state cost to keep on the heap; and a full Philly trace replay.
 * Results and the commands that produce them live in {@code docs/PERFORMANCE.md}, which the
 * {@code report} package generates.
 */
package dev.podium.benchmarks;
