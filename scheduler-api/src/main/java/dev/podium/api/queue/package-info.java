/**
 * The queue SPI: a {@link dev.podium.api.queue.QueuePolicy} orders pending jobs and admits them
 * against tenant quotas; a {@link dev.podium.api.queue.QueuePolicyProvider}, found with {@link
 * java.util.ServiceLoader}, makes one.
 */
package dev.podium.api.queue;
