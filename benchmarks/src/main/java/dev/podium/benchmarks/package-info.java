/**
 * Measurements of Podium itself: JMH suites (run from the {@code benchmarks.jar} uber jar) and
 * footprint probes that report what a built fabric costs to keep on the heap. Results and the
 * commands that produce them live in {@code docs/PERFORMANCE.md}.
 */
package dev.podium.benchmarks;
