package dev.podium.api.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Common LLMs by name, with sources. Names are stable. */
public final class ModelPresets {

  private static final Map<String, ModelPreset> PRESETS = new LinkedHashMap<>();

  static {
    add(new ModelSpec("llama3-8b", 8_030_000_000L, 8_030_000_000L, 32, 4096, 32, 8, 8192, 512, 1, 1, 1,
            Precision.BF16),
        "Llama 3 paper (arXiv 2407.21783) Table 3: 32 layers, width 4,096, 32 heads, 8 KV heads, 8K context;"
            + " global batch 512 x 8K = 4M tokens is an assumption");
    add(new ModelSpec("llama3-70b", 70_600_000_000L, 70_600_000_000L, 80, 8192, 64, 8, 8192, 512, 1, 1, 1,
            Precision.BF16),
        "Llama 3 paper Table 3: 80 layers, width 8,192, 64 heads, 8 KV heads; global batch 4M tokens is an"
            + " assumption");
    add(new ModelSpec("llama3-405b", 405_000_000_000L, 405_000_000_000L, 126, 16384, 128, 8, 8192, 2048, 1, 1, 1,
            Precision.BF16),
        "Llama 3 paper Tables 3-4: 126 layers, width 16,384, 128 heads, 8 KV heads, seq 8,192, 16M tokens"
            + " per batch (2,048 sequences)");
    add(new ModelSpec("gpt3-175b", 175_000_000_000L, 175_000_000_000L, 96, 12288, 96, 96, 2048, 1536, 1, 1, 1,
            Precision.BF16),
        "GPT-3 paper (arXiv 2005.14165) Table 2.1: 96 layers, width 12,288, 96 heads, context 2,048, batch"
            + " 3.2M tokens (1,536 sequences); trained in fp16, modelled as bf16");
    add(new ModelSpec("mixtral-8x7b", 46_700_000_000L, 12_900_000_000L, 32, 4096, 32, 8, 4096, 1024, 1, 8, 2,
            Precision.BF16),
        "Mixtral paper (arXiv 2401.04088): 46.7B total, 12.9B active, 32 layers, width 4,096, 32 heads,"
            + " 8 KV heads, 8 experts, top-2; training sequence 4,096 and batch 4M tokens are assumptions");
    add(new ModelSpec("deepseek-v3", 671_000_000_000L, 37_000_000_000L, 61, 7168, 128, 128, 4096, 15360, 1, 256, 8,
            Precision.FP8),
        "DeepSeek-V3 report (arXiv 2412.19437): 671B total, 37B active, 61 layers, width 7,168, 128 heads"
            + " (MLA, modelled as 128 KV heads), 256 routed experts, top-8, seq 4,096, batch 15,360, FP8");
  }

  private ModelPresets() {}

  /** Every preset in display order. */
  public static List<ModelPreset> all() {
    return List.copyOf(PRESETS.values());
  }

  /** The model with this name; throws naming the known ones. */
  public static ModelSpec find(String name) {
    ModelPreset preset = PRESETS.get(name);
    if (preset == null) {
      throw new IllegalArgumentException("unknown model '" + name + "'; known: " + String.join(", ", PRESETS.keySet()));
    }
    return preset.spec();
  }

  private static void add(ModelSpec spec, String source) {
    PRESETS.put(spec.name(), new ModelPreset(spec, source));
  }
}
