package dev.podium.sim.run;

import java.util.Map;

/**
 * The run in figures.
 *
 * @param jobs jobs submitted
 * @param completed jobs completed
 * @param rejected jobs that can never fit
 * @param avgJctSeconds mean job completion time of completed jobs
 * @param p50JctSeconds median JCT
 * @param p90JctSeconds 90th percentile JCT
 * @param p99JctSeconds 99th percentile JCT
 * @param avgQueueingSeconds mean time from submit to first start
 * @param makespanSeconds from the first submit to the last completion
 * @param utilization accelerator-seconds held by jobs over accelerators times makespan
 * @param goodput accelerator-seconds of kept progress over accelerators times makespan
 * @param ettr effective training time ratio: kept progress over wall time from first start to end,
 *     weighted by gang size, over completed jobs
 * @param crossBytes bytes sent per locality level by all jobs, keyed by level name
 * @param fragmentation time-averaged share of free accelerators that sit in partly busy hosts
 * @param preemptions jobs stopped by preemption
 * @param interruptions jobs stopped by failures
 * @param events events processed
 * @param storage data-stall and checkpoint time, cache hits and bytes per storage tier, all jobs
 *     together; null when the run has no storage
 */
public record RunSummary(
    int jobs,
    int completed,
    int rejected,
    double avgJctSeconds,
    double p50JctSeconds,
    double p90JctSeconds,
    double p99JctSeconds,
    double avgQueueingSeconds,
    double makespanSeconds,
    double utilization,
    double goodput,
    double ettr,
    Map<String, Double> crossBytes,
    double fragmentation,
    int preemptions,
    int interruptions,
    long events,
    StorageFigures storage) {}
