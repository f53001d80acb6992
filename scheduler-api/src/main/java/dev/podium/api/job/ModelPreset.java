package dev.podium.api.job;

import java.util.Objects;

/**
 * A named model with the source of its figures.
 *
 * @param spec the model
 * @param source where its architecture and batch figures come from; assumptions are marked
 */
public record ModelPreset(ModelSpec spec, String source) {

  public ModelPreset {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(source, "source");
  }

  /** The model's name. */
  public String name() {
    return spec.name();
  }
}
