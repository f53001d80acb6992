/**
 * Routes through a fabric: for two endpoints, the equal-cost (fewest-hop) paths between them inside
 * the smallest locality domain that connects them, computed lazily by a breadth-first search over
 * the fabric's adjacency arrays and cached per fabric ({@link dev.podium.topology.route.Routes}); and
 * an ECMP pick of one path per flow hash, as the switches of a CLOS fabric make it.
 */
package dev.podium.topology.route;
