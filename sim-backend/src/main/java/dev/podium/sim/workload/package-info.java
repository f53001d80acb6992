/**
 * Workloads for the simulator: one immutable {@link dev.podium.sim.workload.Workload} (jobs sorted
 * by submit time, with provenance and a count of skipped rows), readers for real traces (Philly,
 * Pollux, Tiresias) and for a hand-written generic CSV or JSON format, a seeded {@link
 * dev.podium.sim.workload.ModelMapping} that gives trace jobs a model and a parallelism, and a seeded
 * {@link dev.podium.sim.workload.SyntheticWorkload} generator for LLM-era job mixes. {@link
 * dev.podium.sim.workload.Workloads#load} is the one entry point; formats and distributions are in
 * {@code docs/WORKLOADS.md}.
 */
package dev.podium.sim.workload;
