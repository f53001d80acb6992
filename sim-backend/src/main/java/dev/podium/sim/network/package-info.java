/**
 * Network contention: shared resources (link bundles) with capacities, consumers (jobs or flows)
 * with demands on them, and the max-min fair allocation of rates found by progressive filling.
 */
package dev.podium.sim.network;
