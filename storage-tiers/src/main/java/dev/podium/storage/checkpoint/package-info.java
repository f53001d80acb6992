/**
 * Checkpoint cost. A {@link dev.podium.storage.checkpoint.CheckpointPlan} sizes a checkpoint from the
 * model (parameters x bytes of training state, split evenly over ranks); {@link
 * dev.podium.storage.checkpoint.CheckpointModel} prices writing it blocking to the warm tier or
 * staging it to NVMe and draining it in the background, and reading it back on restart; {@link
 * dev.podium.storage.checkpoint.Ettr} turns the stall and the restore time into the expected
 * effective training time ratio of Meta's RSC reliability model.
 */
package dev.podium.storage.checkpoint;
