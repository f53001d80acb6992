/**
 * A simulation run: the event loop that replays a workload through the scheduler on a fabric,
 * models each running job's step time (compute, communication under contention, checkpoints),
 * injects failures, and measures the outcome of every job and of the run.
 */
package dev.podium.sim.run;
