package dev.podium.storage.checkpoint;

import dev.podium.api.job.JobSpec;
import dev.podium.api.job.ModelSpec;
import java.util.Objects;

/**
 * What one checkpoint of a job writes: the model's training state, split evenly over its ranks
 * (a sharded optimizer: every rank writes its own part, no rank writes a replica).
 *
 * @param name what is checkpointed, e.g. the model name
 * @param totalBytes bytes of the whole checkpoint, > 0
 * @param ranks ranks that write it, >= 1
 */
public record CheckpointPlan(String name, double totalBytes, int ranks) {

  /**
   * Bytes of training state per parameter for mixed-precision Adam, as VT-14 assumes: bf16 weights
   * (2) + fp32 master weights (4) + Adam first and second moments (4 + 4) + bf16 gradients (2). A
   * checkpoint that leaves out the gradients is 14 B/param; use {@link #of(ModelSpec, int, double)}.
   */
  public static final double MIXED_PRECISION_ADAM_BYTES_PER_PARAMETER = 16;

  /** Checks every field. */
  public CheckpointPlan {
    Objects.requireNonNull(name, "name");
    if (!(totalBytes > 0) || Double.isInfinite(totalBytes)) {
      throw new IllegalArgumentException(
          "checkpoint " + name + ": totalBytes must be finite and > 0, was " + totalBytes);
    }
    if (ranks < 1) {
      throw new IllegalArgumentException("checkpoint " + name + ": ranks must be >= 1, was " + ranks);
    }
  }

  /** The checkpoint of {@code model} over {@code ranks} ranks at 16 B/param. */
  public static CheckpointPlan of(ModelSpec model, int ranks) {
    return of(model, ranks, MIXED_PRECISION_ADAM_BYTES_PER_PARAMETER);
  }

  /** The checkpoint of {@code model} over {@code ranks} ranks at {@code bytesPerParameter}. */
  public static CheckpointPlan of(ModelSpec model, int ranks, double bytesPerParameter) {
    if (!(bytesPerParameter > 0) || Double.isInfinite(bytesPerParameter)) {
      throw new IllegalArgumentException("checkpoint " + model.name()
          + ": bytesPerParameter must be finite and > 0, was " + bytesPerParameter);
    }
    return new CheckpointPlan(model.name(), model.parameters() * bytesPerParameter, ranks);
  }

  /** The checkpoint of {@code job}'s model over its gang at 16 B/param; the job must name a model. */
  public static CheckpointPlan of(JobSpec job) {
    if (job.model() == null) {
      throw new IllegalArgumentException("job " + job.id() + ": no model, so no checkpoint size");
    }
    return of(job.model(), job.size());
  }

  /** A checkpoint of {@code bytesPerRank} on each of {@code ranks} ranks. */
  public static CheckpointPlan perRank(String name, double bytesPerRank, int ranks) {
    return new CheckpointPlan(name, bytesPerRank * ranks, ranks);
  }

  /** Bytes each rank writes. */
  public double bytesPerRank() {
    return totalBytes / ranks;
  }
}
