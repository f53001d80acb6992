/**
 * Gangs on live clusters: {@link dev.podium.core.gang.GangPlacement} runs a placement policy on a live
 * cluster's fabric and state and names each rank's host and accelerator index ({@link
 * dev.podium.core.gang.RankSlot}), which the orchestrator integrations (Slurm, Kubernetes) turn into
 * their own requests.
 */
package dev.podium.core.gang;
