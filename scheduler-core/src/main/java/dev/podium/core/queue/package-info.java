/**
 * The built-in queue policies, each with a {@code Provider} found by {@link java.util.ServiceLoader}:
 * {@code fifo} (submit time, then id), {@code priority} (priority descending, then submit time) and
 * {@code fair-share} (tenants by decayed usage per weight, quotas with optional borrowing); every one
 * takes {@code backfill=true|false}. Also the two scheduler-side extensions of the queue SPI a policy
 * may rely on: {@link dev.podium.core.queue.CapacityView} (free accelerators) and {@link
 * dev.podium.core.queue.UsageDecay} (the half-life the scheduler decays usage with).
 */
package dev.podium.core.queue;
