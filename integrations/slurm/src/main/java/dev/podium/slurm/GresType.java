package dev.podium.slurm;

import dev.podium.topology.catalog.AcceleratorModel;
import java.util.Locale;

/** The GRES type Podium writes for an accelerator model: its catalog key in lower case ({@code h100}, {@code tpu-v5e}). */
final class GresType {

  private GresType() {}

  static String of(AcceleratorModel model) {
    return model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
  }
}
