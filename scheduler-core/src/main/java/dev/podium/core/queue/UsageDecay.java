package dev.podium.core.queue;

/**
 * Implemented by a queue policy that wants tenant usage decayed: the scheduler reports {@link
 * dev.podium.api.queue.QueueState#usage} as accelerator-seconds in which a second used {@code h}
 * seconds ago counts {@code 2^(-h / halfLifeSeconds())}. Policies without it see undecayed usage.
 */
public interface UsageDecay {

  /** Half-life of usage in seconds, positive; {@link Double#POSITIVE_INFINITY} for no decay. */
  double halfLifeSeconds();
}
