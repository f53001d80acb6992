/**
 * The scenario suite: policies x workloads x fabrics simulated end to end, written to
 * {@code docs/RESULTS.md} with the command, machine and date that produced the numbers.
 */
package dev.podium.benchmarks.scenario;
