/**
 * What a sharded job sends: its {@link dev.podium.api.comm.CommunicationPlan}, one {@link
 * dev.podium.api.comm.Traffic} entry per parallel dimension and collective, each with its groups of
 * ranks, message size and calls per step, plus the job's FLOPs per step. The derivation from a
 * model is documented in {@code docs/COMMUNICATION.md}.
 */
package dev.podium.api.comm;
