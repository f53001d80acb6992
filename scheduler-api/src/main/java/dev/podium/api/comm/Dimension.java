package dev.podium.api.comm;

/** A parallel dimension of a sharded job. */
public enum Dimension {
  /** Tensor parallel: activations all-reduced every layer. */
  TP,
  /** Context parallel: keys and values gathered across sequence shards. */
  CP,
  /** Pipeline parallel: activations sent stage to stage per micro-batch. */
  PP,
  /** Data parallel: gradients reduced once per step. */
  DP,
  /** Expert parallel: tokens exchanged all-to-all with the experts. */
  EP
}
