package dev.podium.storage.checkpoint;

/** How a job writes its checkpoints. */
public enum CheckpointMode {
  /** Training stops until every rank's part is on the warm tier. */
  BLOCKING,
  /** Training stops while ranks write to local NVMe; the copy to the warm tier runs in the background. */
  ASYNC
}
