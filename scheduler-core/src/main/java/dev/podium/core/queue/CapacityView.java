package dev.podium.core.queue;

import dev.podium.api.queue.QueueState;

/**
 * A {@link QueueState} that also tells how many accelerators are idle. Podium's scheduler passes one
 * to every queue-policy call; a policy that needs it (borrowing in {@code fair-share}) treats a plain
 * {@code QueueState} as having no idle capacity.
 *
 * <p>Read-only for the duration of one call; not thread-safe.
 */
public interface CapacityView extends QueueState {

  /** Healthy accelerators held by no job, at least 0. */
  int free();
}
