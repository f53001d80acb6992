package dev.podium.api.job;

import java.util.Objects;

/**
 * The transformer a job trains, as far as placement and step time need it.
 *
 * @param name model name, e.g. {@code llama3-405b}
 * @param parameters total parameters
 * @param activeParameters parameters used per token ({@code parameters} for a dense model; fewer
 *     for a mixture of experts)
 * @param layers transformer layers
 * @param hiddenSize model width
 * @param attentionHeads query heads
 * @param kvHeads key/value heads (grouped-query attention), dividing {@code attentionHeads}
 * @param sequenceLength tokens per sequence
 * @param globalBatchSequences sequences per optimizer step
 * @param microBatchSequences sequences per micro-batch
 * @param experts experts per MoE layer, 1 for a dense model
 * @param expertsPerToken experts each token is routed to (top-k), 1 for a dense model
 * @param precision training arithmetic, which also sets activation and gradient bytes
 */
public record ModelSpec(
    String name,
    long parameters,
    long activeParameters,
    int layers,
    int hiddenSize,
    int attentionHeads,
    int kvHeads,
    int sequenceLength,
    int globalBatchSequences,
    int microBatchSequences,
    int experts,
    int expertsPerToken,
    Precision precision) {

  /** Checks every field; the message names the model and the field. */
  public ModelSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    positive(name, "parameters", parameters);
    positive(name, "activeParameters", activeParameters);
    positive(name, "layers", layers);
    positive(name, "hiddenSize", hiddenSize);
    positive(name, "attentionHeads", attentionHeads);
    positive(name, "kvHeads", kvHeads);
    positive(name, "sequenceLength", sequenceLength);
    positive(name, "globalBatchSequences", globalBatchSequences);
    positive(name, "microBatchSequences", microBatchSequences);
    positive(name, "experts", experts);
    positive(name, "expertsPerToken", expertsPerToken);
    if (activeParameters > parameters) {
      throw new IllegalArgumentException(
          "model " + name + ": activeParameters (" + activeParameters + ") exceeds parameters (" + parameters + ")");
    }
    if (attentionHeads % kvHeads != 0) {
      throw new IllegalArgumentException(
          "model " + name + ": kvHeads=" + kvHeads + " must divide attentionHeads=" + attentionHeads);
    }
    if (expertsPerToken > experts) {
      throw new IllegalArgumentException(
          "model " + name + ": expertsPerToken=" + expertsPerToken + " exceeds experts=" + experts);
    }
  }

  /** A dense model with query heads = kv heads and one sequence per micro-batch. */
  public static ModelSpec dense(String name, long parameters, int layers, int hiddenSize, int heads,
      int sequenceLength, int globalBatchSequences, Precision precision) {
    return new ModelSpec(name, parameters, parameters, layers, hiddenSize, heads, heads, sequenceLength,
        globalBatchSequences, 1, 1, 1, precision);
  }

  /** True when some layers route tokens to experts. */
  public boolean isMixtureOfExperts() {
    return experts > 1;
  }

  /** Tokens per optimizer step. */
  public long tokensPerStep() {
    return (long) globalBatchSequences * sequenceLength;
  }

  /** The same model with another global batch, e.g. for a smaller run. */
  public ModelSpec withGlobalBatch(int sequences) {
    return new ModelSpec(name, parameters, activeParameters, layers, hiddenSize, attentionHeads, kvHeads,
        sequenceLength, sequences, microBatchSequences, experts, expertsPerToken, precision);
  }

  private static void positive(String model, String field, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("model " + model + ": " + field + " must be >= 1, was " + value);
    }
  }
}
