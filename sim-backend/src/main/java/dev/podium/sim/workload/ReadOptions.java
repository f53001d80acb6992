package dev.podium.sim.workload;

/**
 * How to read a workload.
 *
 * @param skipBadRows skip malformed rows and count them in the workload, instead of stopping at the
 *     first with a {@link WorkloadFormatException}
 * @param mapModels give trace jobs a model and a parallelism with {@link ModelMapping}; when false
 *     they stay data-parallel with no model
 */
public record ReadOptions(boolean skipBadRows, boolean mapModels) {

  /** Stop at the first bad row; map trace jobs to models. */
  public static ReadOptions defaults() {
    return new ReadOptions(false, true);
  }

  /** These options, skipping bad rows. */
  public ReadOptions skippingBadRows() {
    return new ReadOptions(true, mapModels);
  }

  /** These options, leaving trace jobs without a model. */
  public ReadOptions withoutMapping() {
    return new ReadOptions(skipBadRows, false);
  }
}
