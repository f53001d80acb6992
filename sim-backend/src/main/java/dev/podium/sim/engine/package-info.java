/**
 * The discrete-event core: a virtual clock and an event queue ordered by time, then by insertion
 * sequence, stored in primitive arrays so that scheduling an event allocates nothing.
 */
package dev.podium.sim.engine;
