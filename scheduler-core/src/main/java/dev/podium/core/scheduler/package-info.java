/**
 * The scheduling engine: a single-writer {@link dev.podium.core.scheduler.Scheduler} driven by
 * events (submit, finish, fail, repair) and by scheduling cycles that order the queue, place gangs
 * all-or-nothing, reserve for the blocked head job, backfill behind it (EASY) and preempt lower
 * priorities when that lets the head fit; each cycle reports what it did as records.
 */
package dev.podium.core.scheduler;
