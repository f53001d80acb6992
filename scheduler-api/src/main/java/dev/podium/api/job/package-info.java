/**
 * What a training job asks for: its gang shape ({@link dev.podium.api.job.Parallelism}), its model
 * ({@link dev.podium.api.job.ModelSpec}), its work, and its tenant, priority and submit time
 * ({@link dev.podium.api.job.JobSpec}). Values are immutable records validated on construction; an
 * inconsistent field is rejected with a message naming it.
 */
package dev.podium.api.job;
