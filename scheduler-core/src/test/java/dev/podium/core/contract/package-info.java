/**
 * The placement-policy contract kit, published as the scheduler-core test-jar: a policy author
 * extends {@link dev.podium.core.contract.PlacementPolicyContract}, names the provider, and gets
 * jqwik properties that place random job shapes on small real fabrics at random seeded occupancies
 * and failures, checking what the {@link dev.podium.api.placement.PlacementPolicy} contract
 * promises: valid placements, an untouched view, determinism per seed, reasons when a gang cannot
 * fit, stable names and strict options. {@link dev.podium.core.contract.ContractChecks} holds the
 * same checks for use outside jqwik.
 */
package dev.podium.core.contract;
