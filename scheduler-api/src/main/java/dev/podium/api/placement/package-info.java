/**
 * The placement SPI: a {@link dev.podium.api.placement.PlacementPolicy} maps a job's ranks to free
 * accelerators of a {@link dev.podium.api.placement.ClusterView}, and a {@link
 * dev.podium.api.placement.PlacementPolicyProvider}, found with {@link java.util.ServiceLoader},
 * makes one from validated {@link dev.podium.api.placement.PolicyOptions}. This package and its
 * neighbours depend on the JDK only, so an outside author needs this jar alone.
 */
package dev.podium.api.placement;
