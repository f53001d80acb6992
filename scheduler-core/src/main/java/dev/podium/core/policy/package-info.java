/**
 * The built-in placement policies, each with a {@code Provider} found by {@link
 * java.util.ServiceLoader}: {@code random}, {@code first-fit}, {@code topology-aware} (smallest
 * fitting domain, cheapest dimension nesting across oversubscribed tiers, local search), and the
 * emulations of Slurm, Kueue and Volcano; plus the {@link dev.podium.core.policy.PolicyGuard} that
 * checks every decision and the {@link dev.podium.core.policy.Policies} catalog.
 */
package dev.podium.core.policy;
